/** Argon2id password hashing for Jango, in Django's encoded format. */
module dev.jango.contrib.auth.argon2 {
    requires transitive dev.jango.core;
    requires org.bouncycastle.provider;

    exports dev.jango.contrib.auth.argon2;
}
