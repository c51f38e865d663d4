package dev.jango.templates.pebble;

import dev.jango.Jango;
import dev.jango.conf.CoreSettings;
import dev.jango.http.Request;
import dev.jango.template.ContextProcessor;
import dev.jango.template.Template;
import dev.jango.template.TemplateDoesNotExist;
import dev.jango.template.TemplateEngine;
import dev.jango.template.TemplateError;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Pebble as Jango's template engine: Django-like syntax ({@code {% extends %}}, {@code {% block %}},
 * {@code {{ value | filter }}}), autoescaping on, Django's {@code url}, {@code static} and {@code csrf_token} tags,
 * and context processors.
 *
 * <pre>{@code
 * Jango.builder().templateEngine(PebbleTemplates.builder().directory(Path.of("templates")).build())
 * }</pre>
 *
 * <p>Templates are looked up in the given directories, in order, then on the class path under
 * {@code templates/}, then among Jango's own templates ({@code registration/login.html}), which an app overrides
 * by providing a template of the same name. Compiled templates are cached, except while the request's settings have debug on, so an
 * edited template shows on the next reload. Compile and render errors become {@link TemplateError}s naming the
 * template and line, which the debug page shows with the source around it.
 */
public final class PebbleTemplates implements TemplateEngine {

    private static final String BUILTIN = "dev/jango/templates/pebble/builtin";

    private final DelegatingLoader loader;
    private final String where;
    private final List<ContextProcessor> processors;
    private final PebbleEngine cached;
    private final PebbleEngine fresh;
    private final Boolean cache;

    private PebbleTemplates(Builder b) {
        List<Loader<?>> loaders = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Path dir : b.directories) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("Template directory " + dir.toAbsolutePath() + " does not exist");
            }
            loaders.add(new FileLoader(dir.toAbsolutePath().toString()));
            places.add(dir.toAbsolutePath().toString());
        }
        if (b.classpathPrefix != null) {
            ClasspathLoader classpath = new ClasspathLoader(b.classLoader);
            classpath.setPrefix(b.classpathPrefix);
            loaders.add(classpath);
            places.add("classpath:" + b.classpathPrefix + "/");
        }
        ClasspathLoader builtin = new ClasspathLoader(PebbleTemplates.class.getClassLoader());
        builtin.setPrefix(BUILTIN);
        loaders.add(builtin); // Jango's own templates (registration/login.html), last so apps override them
        this.loader = new DelegatingLoader(loaders);
        this.where = String.join(", ", places);
        this.processors = List.copyOf(b.processors);
        this.cache = b.cache;
        this.cached = engine(b, true);
        this.fresh = engine(b, false);
    }

    private PebbleEngine engine(Builder b, boolean cacheActive) {
        List<Extension> extensions = new ArrayList<>(b.extensions);
        extensions.addFirst(new JangoExtension(b.staticUrls));
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(b.strictVariables)
                .cacheActive(cacheActive).extension(extensions.toArray(Extension[]::new)).build();
    }

    /**
     * A builder: class-path templates under {@code templates/}, Django's default context processors
     * ({@link Jango#defaultContextProcessors()}: csrf_token, debug, request, the auth app's user and perms, the
     * messages app's messages, csp_nonce).
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Template template(String name) {
        Objects.requireNonNull(name, "name");
        if (!loader.resourceExists(name)) {
            throw new TemplateDoesNotExist("Template '" + name + "' not found; looked in: " + where);
        }
        return (context, request) -> render(name, context, request);
    }

    private String render(String name, Map<String, Object> context, Request request) {
        Map<String, Object> variables = new HashMap<>();
        if (request != null) {
            for (ContextProcessor processor : processors) {
                variables.putAll(processor.contextFor(request));
            }
        }
        variables.putAll(context);
        boolean useCache = cache != null ? cache : request == null || !request.settings().get(CoreSettings.DEBUG);
        StringWriter out = new StringWriter(1024);
        try {
            (useCache ? cached : fresh).getTemplate(name).evaluate(out, variables);
        } catch (PebbleException e) {
            String file = e.getFileName() != null ? e.getFileName() : name;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            throw new TemplateError(e.getPebbleMessage() != null ? e.getPebbleMessage() : e.getMessage(), file, line,
                    source(file), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering template '" + name + "' failed", e);
        }
        return out.toString();
    }

    private List<String> source(String name) {
        try (Reader reader = loader.getReader(loader.createCacheKey(name))) {
            return new BufferedReader(reader).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Builds {@link PebbleTemplates}. */
    public static final class Builder {
        private final List<Path> directories = new ArrayList<>();
        private String classpathPrefix = "templates";
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : PebbleTemplates.class.getClassLoader();
        private final List<ContextProcessor> processors = new ArrayList<>(Jango.defaultContextProcessors());
        private final List<Extension> extensions = new ArrayList<>();
        private UnaryOperator<String> staticUrls = path -> "/static/" + path;
        private boolean strictVariables;
        private Boolean cache;

        private Builder() {}

        /** Look for templates in {@code dir} (before the class path, after directories added earlier). */
        public Builder directory(Path dir) {
            directories.add(Objects.requireNonNull(dir, "dir"));
            return this;
        }

        /** Look on the class path under {@code prefix} (default {@code templates}); null turns it off. */
        public Builder classpath(String prefix, ClassLoader classLoader) {
            this.classpathPrefix = prefix;
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** Replace the context processors (default {@link Jango#defaultContextProcessors()}). */
        public Builder contextProcessors(List<ContextProcessor> processors) {
            this.processors.clear();
            this.processors.addAll(processors);
            return this;
        }

        /** Add a context processor after the others. */
        public Builder contextProcessor(ContextProcessor processor) {
            processors.add(Objects.requireNonNull(processor, "processor"));
            return this;
        }

        /** How {@code {% static 'x' %}} turns a path into a URL (default: {@code /static/} + path). */
        public Builder staticUrls(UnaryOperator<String> urls) {
            this.staticUrls = Objects.requireNonNull(urls, "urls");
            return this;
        }

        /** Add Pebble extensions (filters, functions, tags) of your own. */
        public Builder extension(Extension... extensions) {
            this.extensions.addAll(List.of(extensions));
            return this;
        }

        /** Fail on undefined variables instead of rendering them empty. */
        public Builder strictVariables(boolean strict) {
            this.strictVariables = strict;
            return this;
        }

        /** Force the compiled-template cache on or off; by default it is off while debug is on. */
        public Builder cache(boolean cache) {
            this.cache = cache;
            return this;
        }

        /** The engine. */
        public PebbleTemplates build() {
            return new PebbleTemplates(this);
        }
    }
}
