/**
 * Management commands, Django's {@code manage.py}: {@link dev.jango.management.Manage} runs {@code runserver}, {@code check}, {@code routes}, {@code migrate}, the contrib apps' commands and your own.
 */
package dev.jango.management;
