/**
 * The HTTP model views and middleware see: {@link dev.jango.http.Request} (parsed lazily; typed
 * {@link dev.jango.http.Attribute}s for what layers attach), {@link dev.jango.http.Response} and its kinds
 * (JSON, redirects, streaming, files), {@link dev.jango.http.QueryDict}, cookies and uploaded files.
 */
package dev.jango.http;
