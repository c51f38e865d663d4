/**
 * Django's {@code manage.py} for Jango apps: an app's {@code main} hands its arguments to
 * {@link dev.jango.management.Manage}, which runs a built-in command ({@code check}, {@code routes},
 * {@code migrate}, {@code createsuperuser}, {@code collectstatic}, {@code shell}, ...) or one of the app's own.
 */
module dev.jango.management {
    requires transitive dev.jango.core;
    requires transitive info.picocli;
    requires static dev.jango.db;
    requires org.slf4j;
    requires java.compiler; // runserver's autoreloader compiles changed sources in-process
    requires jdk.jshell;

    exports dev.jango.management;

    // picocli reads the annotations and sets the option fields of command objects reflectively
    opens dev.jango.management to info.picocli;
    opens dev.jango.management.commands to info.picocli;

    // the shell command's jshell execution engine
    provides jdk.jshell.spi.ExecutionControlProvider with dev.jango.management.commands.ShellExecution;
}
