/**
 * The development autoreloader behind {@code runserver}: the server stays up while each change to the app's code
 * or resources loads the app again in a fresh class loader. {@link dev.jango.management.reload.Autoreloader} runs
 * it; {@link dev.jango.management.reload.Reloading#claim} is how {@code Manage.main} hands a reloaded app's
 * supplier back to it.
 */
package dev.jango.management.reload;
