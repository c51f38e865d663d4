/**
 * The shortcuts Django developers reach for, like {@code django.shortcuts}: {@code redirect}, {@code render},
 * {@code get_object_or_404}, in {@link dev.jango.shortcuts.Shortcuts}.
 */
package dev.jango.shortcuts;
