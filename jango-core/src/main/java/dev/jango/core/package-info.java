/** {@link dev.jango.core.Jango}: where an application starts. */
package dev.jango.core;
