/**
 * The adapter test kit: every test a Jango server adapter runs that is not about its own server (lifecycle, graceful
 * drain, limits, mounting, TLS and HTTP/2, backpressure, request threads, discovery, and the conformance suite in
 * each protocol and thread mode), run by subclassing {@link dev.jango.gateway.tck.kit.AdapterTestKit}.
 */
package dev.jango.gateway.tck.kit;
