/**
 * JUnit 5 extensions for tests over a real server: {@link dev.jango.test.junit.LiveServer} serves the application
 * on a free port, {@link dev.jango.test.junit.RequiresService} runs a test only when a service (PostgreSQL, Redis)
 * answers.
 */
package dev.jango.test.junit;
