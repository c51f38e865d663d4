/**
 * URL resolution: {@link dev.jango.urls.Urls#path routes} with converters, compiled at start-up and resolved
 * by {@link dev.jango.urls.UrlResolver} to a {@link dev.jango.urls.ResolverMatch}.
 */
package dev.jango.urls;
