package dev.jango.management.reload;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parts of the class path are the app's own, reloadable code, and where their sources are.
 *
 * <p>Reloadable: every <em>directory</em> entry of the class path, except those inside the local Maven repository
 * and those holding Jango's own code (a {@code dev/jango} directory: jango-manage's and jango-core's
 * {@code target/classes} when the framework itself is built from source; apps, the examples included, live in
 * their own packages). Jars
 * always stay in the parent loader. A reloadable directory ending in {@code target/classes} whose project has
 * {@code src/main} is a Maven project's output: its {@code src/main/java} is compiled on change and its
 * {@code src/main/resources} is read ahead of {@code target/classes}, so a template edit needs no Maven run.
 *
 * @param classDirs the reloadable class directories, in class path order
 * @param resourceDirs the {@code src/main/resources} directories of those that are Maven projects
 * @param sources each {@code src/main/java} directory and the class directory its classes are compiled into
 * @param compileClassPath the class path the sources compile against (the whole {@code java.class.path})
 */
record ClassPathLayout(List<Path> classDirs, List<Path> resourceDirs, Map<Path, Path> sources,
        String compileClassPath) {

    /** The package that holds Jango itself; its classes always come from the parent loader. */
    static final String FRAMEWORK_PACKAGE = "dev.jango.";

    ClassPathLayout {
        classDirs = List.copyOf(classDirs);
        resourceDirs = List.copyOf(resourceDirs);
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** The layout of this JVM's class path, with the Maven repository at {@code ~/.m2/repository}. */
    static ClassPathLayout ofThisJvm() {
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        return of(System.getProperty("java.class.path", ""), m2);
    }

    /** The layout of {@code classPath} (entries separated by the platform's path separator). */
    static ClassPathLayout of(String classPath, Path mavenRepository) {
        Path m2 = mavenRepository.toAbsolutePath().normalize();
        List<Path> classDirs = new ArrayList<>();
        List<Path> resourceDirs = new ArrayList<>();
        Map<Path, Path> sources = new LinkedHashMap<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path dir = Path.of(entry).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir) || dir.startsWith(m2) || holdsFramework(dir) || classDirs.contains(dir)) {
                continue;
            }
            classDirs.add(dir);
            if (dir.endsWith(Path.of("target", "classes"))) {
                Path main = dir.getParent().getParent().resolve("src").resolve("main");
                if (Files.isDirectory(main.resolve("java"))) {
                    sources.put(main.resolve("java"), dir);
                }
                if (Files.isDirectory(main.resolve("resources"))) {
                    resourceDirs.add(main.resolve("resources"));
                }
            }
        }
        return new ClassPathLayout(classDirs, resourceDirs, sources, classPath);
    }

    /** Whether classes named {@code className} belong to Jango itself (and so to the parent loader). */
    static boolean isFramework(String className) {
        return className.startsWith(FRAMEWORK_PACKAGE);
    }

    /** True when {@code dir} holds a Jango framework package: it is the framework's build output, not the app's. */
    static boolean holdsFramework(Path dir) {
        return Files.isDirectory(dir.resolve("dev").resolve("jango"));
    }

    /** Whether there is anything to reload. */
    boolean reloadable() {
        return !classDirs.isEmpty();
    }

    /** The class directory holding {@code className}'s class file, if it is a reloadable one. */
    java.util.Optional<Path> classDirOf(String className) {
        String file = className.replace('.', '/') + ".class";
        return classDirs.stream().filter(dir -> Files.isRegularFile(dir.resolve(file))).findFirst();
    }

    /** The directories to watch: class directories, then sources and resources. */
    List<Path> watched() {
        List<Path> all = new ArrayList<>(classDirs);
        all.addAll(sources.keySet());
        all.addAll(resourceDirs);
        return List.copyOf(all);
    }

    /** The child loader's search path: resources first, then class directories. */
    List<Path> loaderPath() {
        List<Path> all = new ArrayList<>(resourceDirs);
        all.addAll(classDirs);
        return List.copyOf(all);
    }
}
