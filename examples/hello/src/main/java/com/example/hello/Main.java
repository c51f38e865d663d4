package com.example.hello;

import dev.jango.management.Manage;

/**
 * The hello example's {@code manage.py}: {@code Main runserver [addrport]} serves it (127.0.0.1:8000 by default), on
 * the server adapter on the class path (Jetty; a build with {@code -Pnetty} puts Netty there instead), and the other
 * management commands ({@code check}, {@code routes}, ...) work as in every Jango app. Debug pages are on;
 * {@code JANGO_DEBUG=false} turns them off (the environment overrides the code). {@code JANGO_STACK=default} puts
 * Jango's default middleware stack around the app's one middleware.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        boolean defaultStack = "default".equals(System.getenv("JANGO_STACK"));
        Manage.main(args, () -> HelloApp.app(true, defaultStack));
    }
}
