/**
 * One-shot messages for the user, like Django's {@code django.contrib.messages}:
 * {@link dev.jango.messages.Messages} adds and reads them, {@link dev.jango.messages.MessageMiddleware} keeps them
 * between requests.
 */
package dev.jango.messages;
