/**
 * Testing Jango applications: {@link dev.jango.test.Client} runs the cycle in-process,
 * {@link dev.jango.test.RequestFactory} builds requests for calling a view or middleware directly, and
 * {@link dev.jango.test.LiveServer} serves the application on a real Jetty for end-to-end tests.
 */
package dev.jango.test;
