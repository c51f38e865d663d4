package dev.jango.management.base;

/**
 * Interactive input for commands such as {@code createsuperuser}: a question, then the line the user types.
 *
 * <p>On a terminal both methods use {@link java.io.Console}, so {@link #secret} does not echo what is typed.
 * Otherwise (input piped or redirected, tests) prompts go to the command's output and answers are read line by
 * line from its input.
 */
public interface Prompter {

    /**
     * Print {@code prompt} and return the line typed, without its line end.
     *
     * @throws CommandError when the input has ended ("Operation cancelled.")
     */
    String line(String prompt);

    /**
     * Print {@code prompt} and return the line typed, hidden from the screen when on a terminal.
     *
     * @throws CommandError when the input has ended ("Operation cancelled.")
     */
    String secret(String prompt);

    /** True when answers come from a terminal (so {@link #secret} input is hidden), false when from a stream. */
    boolean isTerminal();
}
