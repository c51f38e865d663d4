/** Middleware: layers around the view, composed once at start-up, outermost first. */
package dev.jango.middleware;
