/** Request signals: started, finished, and unexpected exceptions. */
package dev.jango.core.signals;
