/** Redis-backed session store for Jango, over Lettuce. */
module dev.jango.redis {
    requires transitive dev.jango.core;
    requires transitive lettuce.core;
    requires org.slf4j;

    exports dev.jango.redis;
}
