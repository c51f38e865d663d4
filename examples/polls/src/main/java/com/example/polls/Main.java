package com.example.polls;

import dev.jango.management.Manage;

/**
 * Run a management command on the polls app, like the tutorial's {@code manage.py}: {@code runserver [addrport]}
 * (http://127.0.0.1:8000/ by default, reloading on code changes unless {@code --noreload}), {@code migrate},
 * {@code showmigrations}, {@code createsuperuser} (interactive, or {@code --noinput} with
 * {@code JANGO_SUPERUSER_USERNAME}, {@code _EMAIL} and {@code _PASSWORD}), {@code changepassword},
 * {@code check}, {@code routes}, {@code collectstatic}; {@code help} lists them all.
 *
 * <p>The data lives in H2 files under {@code ./data} ({@code JANGO_DATABASE_URL=jdbc:postgresql://...} with
 * {@code _USER} and {@code _PASSWORD} for PostgreSQL); see {@link PollsApp#fromEnvironment}.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // H2's mixed mode (PollsApp.DEFAULT_DATABASE) serves the file over TCP on every interface, guarded by a
        // random key in data/polls.lock.db; this development app keeps it on the loopback interface. Set before
        // H2 loads: it reads the property once.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        Manage.main(args, PollsApp::fromEnvironment);
    }
}
