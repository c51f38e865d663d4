package dev.jango.management.reload;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * One reload generation's class loader: the app's directories, searched before the parent.
 *
 * <p>A class found in one of the directories is defined here, even when the parent could load it too (it can:
 * the same directories are on {@code java.class.path}); anything else, and every class of Jango itself
 * ({@link ClassPathLayout#isFramework}) or of the JDK, comes from the parent, so the types the framework and the
 * app share (settings, views, the gateway) are the same on both sides. Resources are looked up in the directories
 * first, in order (so {@code src/main/resources} can come ahead of {@code target/classes}), then in the parent;
 * {@link #getResources} does not repeat the parent's copies of the directories' resources.
 */
final class ChildFirstClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<Path> directories;

    ChildFirstClassLoader(String name, List<Path> directories, ClassLoader parent) {
        super(name, urls(directories), parent);
        this.directories = directories.stream().map(d -> d.toAbsolutePath().normalize()).toList();
    }

    private static URL[] urls(List<Path> directories) {
        URL[] urls = new URL[directories.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = directories.get(i).toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a directory URL: " + directories.get(i), e);
            }
        }
        return urls;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("java.") || ClassPathLayout.isFramework(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException notHere) {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        for (URL url : Collections.list(getParent().getResources(name))) {
            if (!own(url)) {
                all.add(url);
            }
        }
        return Collections.enumeration(all);
    }

    private boolean own(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return false;
        }
        try {
            Path path = Path.of(url.toURI()).toAbsolutePath().normalize();
            return directories.stream().anyMatch(path::startsWith);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
