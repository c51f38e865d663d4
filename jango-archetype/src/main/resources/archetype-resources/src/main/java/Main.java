package ${package};

import dev.jango.management.Manage;

/**
 * Run a management command on the site, like Django's {@code manage.py}: {@code runserver [addrport]},
 * {@code check}, {@code routes}, {@code collectstatic}; {@code help} lists them all.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Manage.main(args, Site::app);
    }
}
