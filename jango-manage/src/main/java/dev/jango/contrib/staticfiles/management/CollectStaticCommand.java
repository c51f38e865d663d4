package dev.jango.contrib.staticfiles.management;

import dev.jango.Jango;
import dev.jango.conf.Setting;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.CommandError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code collectstatic}: copy the app's {@link StaticFiles} (each file under its name and its hashed name, the
 * precompressed siblings, and the {@code staticfiles.json} manifest) into one directory for a CDN or a front
 * server. The files are the {@code StaticFiles} component, else those of the app's {@code StaticFilesMiddleware}.
 * The directory is {@code --target}, else the setting {@link StaticFilesSettings#STATIC_ROOT} ({@code staticRoot},
 * {@code JANGO_STATIC_ROOT}), else {@code staticfiles}.
 * Like Django, it asks before overwriting (or, with {@code --clear}, deleting) files already there, unless
 * {@code --noinput}.
 */
@CommandLine.Command(name = "collectstatic", description = "Copy the static files, with hashed names and a manifest, into one directory.")
final class CollectStaticCommand implements Command {

    /** The setting naming the default target, Django's STATIC_ROOT (declared as the command loads). */
    static final Setting<Path> TARGET_SETTING = StaticFilesSettings.STATIC_ROOT;

    @CommandLine.Option(names = "--target", paramLabel = "DIR", description = "Where to copy the files (default: the staticRoot setting, else staticfiles/).")
    Path target;

    @CommandLine.Option(names = {"-c", "--clear"}, description = "Delete the files already in the target first.")
    boolean clear;

    @CommandLine.Option(names = {"--noinput", "--no-input"}, description = "Do not ask before overwriting or deleting.")
    boolean noInput;

    @Override
    public int run(CommandContext context) throws IOException {
        Jango app = context.app();
        StaticFiles statics = Statics.find(app);
        Path dir = target(app);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CommandError("The target " + dir.toAbsolutePath() + " is a file, not a directory");
        }
        if (!noInput && !isEmpty(dir)) {
            context.out().println("You have requested to collect static files at " + dir.toAbsolutePath() + ".");
            context.out().println(clear ? "This will DELETE ALL FILES in this location!"
                    : "This will overwrite existing files!");
            String answer = context.prompter().line("Are you sure you want to do this?\n\n"
                    + "Type 'yes' to continue, or 'no' to cancel: ");
            if (!answer.strip().equals("yes")) {
                throw new CommandError("Collecting static files cancelled.");
            }
        }
        int deleted = clear ? clear(dir) : 0;
        Files.createDirectories(dir);
        statics.collect(dir);
        int count = statics.names().size();
        context.out().println((deleted > 0 ? "Deleted " + deleted + " file" + (deleted == 1 ? "" : "s") + ". " : "")
                + count + " static file" + (count == 1 ? "" : "s") + " copied to '" + dir.toAbsolutePath()
                + "' (with hashed names and staticfiles.json).");
        return 0;
    }

    private Path target(Jango app) {
        if (target != null) {
            return target;
        }
        Path configured = app.settings().get(TARGET_SETTING);
        return configured == null ? Path.of("staticfiles") : configured;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Delete everything below {@code dir} (not following links), keeping {@code dir}; return the files deleted. */
    private static int clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList();
        }
        int files = 0;
        for (Path path : paths) {
            if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                files++;
            }
            Files.delete(path);
        }
        return files;
    }
}
