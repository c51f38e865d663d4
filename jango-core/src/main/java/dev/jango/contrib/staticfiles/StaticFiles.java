package dev.jango.contrib.staticfiles;

import dev.jango.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The application's static files, like Django's {@code staticfiles} with a manifest: found in directories and
 * on the class path, indexed once at start-up with a content hash per file, served by
 * {@link StaticFilesMiddleware}, and named in pages by {@link #url}.
 *
 * <pre>{@code
 * StaticFiles statics = StaticFiles.builder().directory(Path.of("static")).classpath("static").build();
 * statics.url("polls/style.css")   // "/static/polls/style.3f2a9c1b7d4e.css"
 * }</pre>
 *
 * <p>Sources are searched in order; the first file with a name wins. Only regular files inside a source are
 * indexed (symbolic links leading outside it and dotfiles are not), so nothing else can ever be served. A
 * {@code .gz} or {@code .br} file beside another is its precompressed form, not a file of its own.
 */
public final class StaticFiles {

    private final String prefix;
    private final boolean hashed;
    private final Duration maxAge;
    private final Map<String, StaticFile> byName;
    private final Map<String, StaticFile> byHashedName;

    private StaticFiles(Builder b) {
        this.prefix = b.prefix;
        this.hashed = b.hashed;
        this.maxAge = b.maxAge;
        Map<String, StaticFile> names = new LinkedHashMap<>();
        for (Path root : b.roots) {
            index(root, names);
        }
        Map<String, StaticFile> hashes = new LinkedHashMap<>();
        names.values().forEach(f -> hashes.put(f.hashedName(), f));
        this.byName = Collections.unmodifiableMap(names);
        this.byHashedName = Collections.unmodifiableMap(hashes);
    }

    /**
     * The static files app serving these files, for {@code MiddlewareStack.defaults().install(statics.app())}:
     * {@link StaticFilesMiddleware} goes right after security.
     */
    public StaticFilesConfig app() {
        return new StaticFilesConfig(this);
    }

    /** A builder: URL prefix {@code /static/}, hashed names on. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The URL for {@code name} in pages: the content-hashed name under the prefix (cacheable for a year), or the
     * plain name when hashing is off.
     *
     * @throws IllegalArgumentException when no source has {@code name}, as Django's manifest storage refuses
     */
    public String url(String name) {
        StaticFile file = byName.get(strip(name));
        if (file == null) {
            throw new IllegalArgumentException("Missing static file '" + name + "': no source has it (sources are "
                    + "indexed at start-up; restart after adding files)");
        }
        return prefix + (hashed ? file.hashedName() : file.name());
    }

    /** The URL prefix, for example {@code /static/}. */
    public String prefix() {
        return prefix;
    }

    /** The logical names indexed, in source order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The manifest: logical name to hashed name, as Django's {@code staticfiles.json} has it. */
    public Map<String, String> manifest() {
        Map<String, String> manifest = new LinkedHashMap<>();
        byName.forEach((name, file) -> manifest.put(name, file.hashedName()));
        return manifest;
    }

    /**
     * Copy every file, under its name and its hashed name (with precompressed siblings), into {@code target},
     * plus {@code staticfiles.json}: what Django's {@code collectstatic} does, for a CDN or a front server.
     */
    public void collect(Path target) throws IOException {
        for (StaticFile file : byName.values()) {
            for (String name : List.of(file.name(), file.hashedName())) {
                Path out = target.resolve(name);
                Files.createDirectories(out.getParent());
                Files.copy(file.file(), out, StandardCopyOption.REPLACE_EXISTING);
                copySibling(file.gzip(), target.resolve(name + ".gz"));
                copySibling(file.brotli(), target.resolve(name + ".br"));
            }
        }
        Files.writeString(target.resolve("staticfiles.json"),
                Json.write(Map.of("version", "1.1", "paths", manifest())));
    }

    /** The file for a request path below the prefix: a hashed name, or a plain name. */
    StaticFile find(String relative) {
        StaticFile file = byHashedName.get(relative);
        return file != null ? file : byName.get(relative);
    }

    boolean isHashedName(StaticFile file, String relative) {
        return !file.hashedName().equals(file.name()) && file.hashedName().equals(relative);
    }

    Duration maxAge() {
        return maxAge;
    }

    private static void copySibling(Path sibling, Path out) throws IOException {
        if (sibling != null) {
            Files.copy(sibling, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String strip(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static void index(Path root, Map<String, StaticFile> names) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Static files directory " + root.toAbsolutePath() + " cannot be read", e);
        }
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = real.relativize(file).toString().replace('\\', '/');
                if (hidden(name) || name.endsWith(".gz") || name.endsWith(".br") || names.containsKey(name)) {
                    continue;
                }
                Path target = file.toRealPath();
                if (!target.startsWith(real)) {
                    continue; // a link leading outside the source
                }
                names.put(name, describe(name, target));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing static files under " + real + " failed", e);
        }
    }

    private static boolean hidden(String name) {
        for (String segment : name.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static StaticFile describe(String name, Path file) throws IOException {
        String hash = hash(file);
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        String hashedName = dot > slash + 1 ? name.substring(0, dot) + "." + hash.substring(0, 12) + name.substring(dot)
                : name + "." + hash.substring(0, 12);
        return new StaticFile(name, hashedName, file, "\"" + hash.substring(0, 32) + "\"",
                Files.getLastModifiedTime(file).toInstant(), sibling(file, ".br"), sibling(file, ".gz"));
    }

    private static Path sibling(Path file, String suffix) {
        Path sibling = file.resolveSibling(file.getFileName() + suffix);
        return Files.isRegularFile(sibling) ? sibling : null;
    }

    private static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds {@link StaticFiles}. */
    public static final class Builder {
        private String prefix = "/static/";
        private boolean hashed = true;
        private Duration maxAge = Duration.ofSeconds(60);
        private final List<Path> roots = new ArrayList<>();

        private Builder() {}

        /** Django's {@code STATIC_URL}: starts and ends with {@code /}; default {@code /static/}. */
        public Builder url(String prefix) {
            if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
                throw new IllegalArgumentException("The static URL must start and end with '/', like /static/; got '"
                        + prefix + "'");
            }
            this.prefix = prefix;
            return this;
        }

        /** Serve the files under {@code dir}. */
        public Builder directory(Path dir) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("Static files directory " + dir.toAbsolutePath() + " does not exist");
            }
            roots.add(dir);
            return this;
        }

        /**
         * Serve the class path resources under {@code root} (for example {@code static}) of every jar and class
         * directory; files inside jars are extracted once to a temporary directory.
         */
        public Builder classpath(String root) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : StaticFiles.class.getClassLoader();
            try {
                for (URL url : Collections.list(loader.getResources(root))) {
                    roots.add(local(url.toURI()));
                }
            } catch (IOException | URISyntaxException e) {
                throw new IllegalArgumentException("Class path static files under '" + root + "' cannot be read", e);
            }
            return this;
        }

        /** Use content-hashed names in {@link #url} (default on; off sends plain names). */
        public Builder hashedNames(boolean hashed) {
            this.hashed = hashed;
            return this;
        }

        /** How long browsers may keep files requested by their plain name (default 60 s). */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
            return this;
        }

        /** Index the sources now. */
        public StaticFiles build() {
            return new StaticFiles(this);
        }

        private static Path local(URI uri) throws IOException {
            if (uri.getScheme().equals("file")) {
                return Path.of(uri);
            }
            Path copy = Files.createTempDirectory("jango-static");
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                Path inside = jar.provider().getPath(uri);
                try (Stream<Path> files = Files.walk(inside)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Path out = copy.resolve(inside.relativize(file).toString());
                        Files.createDirectories(out.getParent());
                        Files.copy(file, out);
                    }
                }
            }
            return copy;
        }
    }
}
