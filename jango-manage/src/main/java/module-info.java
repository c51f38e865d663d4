/**
 * Django's {@code manage.py} for Jango apps: an app's {@code main} hands its arguments and its application
 * supplier to {@link dev.jango.management.Manage}, which runs a command by name: Jango's own ({@code check},
 * {@code routes}, {@code migrate}, {@code shell}, {@code runserver}, ...), one a library contributes (the contrib
 * apps' {@code createsuperuser}, {@code changepassword}, {@code collectstatic}) or one of the app's.
 *
 * <p>Packages, each pointing only at those before it: {@code dev.jango.management.base} (the command SPI:
 * {@code Command}, {@code CommandContext}, {@code CommandProvider}, {@code SystemCheck}, ...);
 * {@code dev.jango.management.commands} (the built-in commands); {@code dev.jango.contrib.auth.management} and
 * {@code dev.jango.contrib.staticfiles.management} (the contrib apps' commands and checks, contributed as services,
 * so nothing outside {@code dev.jango.contrib} imports a contrib app); {@code dev.jango.management.reload} (the
 * autoreloader); {@code dev.jango.management} (the launcher, {@code shell} and {@code runserver}).
 */
module dev.jango.management {
    requires transitive dev.jango.core;
    requires transitive info.picocli;
    requires static dev.jango.db;
    requires org.slf4j;
    requires tools.jackson.databind; // routes --json
    requires java.compiler; // runserver's autoreloader compiles changed sources in-process
    requires jdk.jshell;

    exports dev.jango.management;
    exports dev.jango.management.base;
    exports dev.jango.contrib.staticfiles.management; // StaticFilesSettings.STATIC_ROOT

    // picocli reads the annotations and sets the option fields of command objects reflectively
    opens dev.jango.management to info.picocli;
    opens dev.jango.management.commands to info.picocli;
    opens dev.jango.contrib.auth.management to info.picocli;
    opens dev.jango.contrib.staticfiles.management to info.picocli;

    // commands and checks contributed by libraries (the contrib apps' below, and any other module's)
    uses dev.jango.management.base.CommandProvider;
    uses dev.jango.management.base.SystemCheck;
    provides dev.jango.management.base.CommandProvider with dev.jango.contrib.auth.management.AuthCommands,
            dev.jango.contrib.staticfiles.management.StaticFilesCommands;
    provides dev.jango.management.base.SystemCheck with dev.jango.contrib.auth.management.AuthChecks,
            dev.jango.contrib.staticfiles.management.StaticFilesChecks;

    // the shell command's jshell execution engine
    provides jdk.jshell.spi.ExecutionControlProvider with dev.jango.management.commands.ShellExecution;
}
