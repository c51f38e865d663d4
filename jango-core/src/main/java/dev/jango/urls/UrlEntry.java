package dev.jango.urls;

/** An entry of a URL configuration: a {@link UrlPattern} (a route to a view) or a {@link UrlInclude} (a nested list). */
public sealed interface UrlEntry permits UrlPattern, UrlInclude {}
