/** Settings: the application's immutable configuration. */
package dev.jango.conf;
