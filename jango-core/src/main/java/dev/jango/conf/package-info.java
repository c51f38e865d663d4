/** Settings: the application's configuration values, each declared once as a typed {@link dev.jango.conf.Setting}. */
package dev.jango.conf;
