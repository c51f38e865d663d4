/**
 * Redis-backed session store for Jango, over Lettuce: package {@code dev.jango.contrib.sessions.redis}, part of the
 * sessions app (Django's {@code django.contrib.sessions.backends.*}).
 */
module dev.jango.redis {
    requires transitive dev.jango.core;
    requires transitive lettuce.core;
    requires org.slf4j;

    exports dev.jango.contrib.sessions.redis;
}
