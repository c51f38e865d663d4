/**
 * Password hashing in Django's formats: {@link dev.jango.contrib.auth.hashers.PasswordHashers} checks and makes
 * hashes ({@code pbkdf2_sha256$...} by default) and upgrades old ones at login.
 */
package dev.jango.contrib.auth.hashers;
