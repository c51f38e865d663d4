package dev.jango.management.base;

/**
 * A management command, like a Django {@code BaseCommand}: {@code Manage} runs it by name.
 *
 * <p>Annotate the class with picocli's {@code @CommandLine.Command(name = ..., description = ...)} and declare its
 * options and parameters as picocli {@code @Option} / {@code @Parameters} fields; picocli fills them in before
 * {@link #run} is called. The same instance may run more than once (fields are reset to their initial values
 * before each parse).
 *
 * <pre>{@code
 * @CommandLine.Command(name = "closepoll", description = "Close the poll with the given id.")
 * final class ClosePoll implements Command {
 *     @CommandLine.Parameters(paramLabel = "ID") long id;
 *
 *     public int run(CommandContext context) {
 *         Database db = context.app().component(Database.class).orElseThrow();
 *         ...
 *         context.out().println("Closed poll " + id);
 *         return 0;
 *     }
 * }
 * // in main:  Manage.main(args, MyApp::app, new ClosePoll());
 * }</pre>
 *
 * <p>An app's own commands are handed to {@code Manage}; a library contributes commands to every app that has it on
 * its class or module path through a {@link CommandProvider}.
 */
public interface Command {

    /**
     * Do the command's work, writing to {@link CommandContext#out()}; return the exit status (0 for success).
     *
     * <p>Throw {@link CommandError} (or {@code ImproperlyConfigured}) for failures the user can fix: the message
     * is printed without a stack trace (unless {@code --traceback} was given) and the process exits with 1 (or
     * {@link CommandError#status()}). Any other exception is printed with its stack trace.
     */
    int run(CommandContext context) throws Exception;
}
