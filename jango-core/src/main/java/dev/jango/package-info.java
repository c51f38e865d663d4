/**
 * The application: {@link dev.jango.Jango} assembles settings, middleware, URLs and the rest above the core and
 * the contrib apps; {@link dev.jango.MiddlewareStack} edits the middleware list by name.
 */
package dev.jango;
