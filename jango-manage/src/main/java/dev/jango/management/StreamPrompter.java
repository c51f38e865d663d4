package dev.jango.management;

import dev.jango.management.base.CommandError;
import dev.jango.management.base.Prompter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/** Questions printed on the output, answers read a line at a time from a stream (pipes, files, tests). */
final class StreamPrompter implements Prompter {

    private final BufferedReader in;
    private final PrintStream out;

    StreamPrompter(InputStream in, PrintStream out) {
        this.in = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
        this.out = out;
    }

    static CommandError cancelled() {
        return new CommandError("Operation cancelled: the input ended before every question was answered.");
    }

    @Override
    public String line(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String answer = in.readLine();
            if (answer == null) {
                out.println();
                throw cancelled();
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the answer from the input: " + e.getMessage(), e);
        }
    }

    @Override
    public String secret(String prompt) {
        return line(prompt);
    }

    @Override
    public boolean isTerminal() {
        return false;
    }
}
