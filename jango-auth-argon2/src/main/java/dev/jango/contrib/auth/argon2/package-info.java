/**
 * Argon2id password hashes in Django's {@code argon2} format: {@link dev.jango.contrib.auth.argon2.Argon2PasswordHasher} (Bouncy Castle).
 */
package dev.jango.contrib.auth.argon2;
