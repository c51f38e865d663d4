/** Views: the application's logic, one {@link dev.jango.views.View} per URL pattern. */
package dev.jango.views;
