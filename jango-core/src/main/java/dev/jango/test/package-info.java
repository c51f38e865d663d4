/**
 * Testing Jango applications without a server, like Django's {@code django.test}: {@link dev.jango.test.Client}
 * runs the whole cycle in-process, {@link dev.jango.test.RequestFactory} builds requests for calling a view or a
 * middleware directly, {@link dev.jango.test.TestClock} moves time for expiry tests. {@code LiveServer} (a real
 * server) is in the {@code jango-test} module.
 */
package dev.jango.test;
