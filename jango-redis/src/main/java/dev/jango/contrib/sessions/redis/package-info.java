/**
 * Sessions in Redis, shared by every instance of an application: {@link dev.jango.contrib.sessions.redis.RedisSessionStore} (Lettuce).
 */
package dev.jango.contrib.sessions.redis;
