/**
 * One-shot messages for the user, like Django's {@code django.contrib.messages}: {@link Messages} adds and reads
 * them, {@link MessageMiddleware} keeps them between requests.
 */
package dev.jango.contrib.messages;
