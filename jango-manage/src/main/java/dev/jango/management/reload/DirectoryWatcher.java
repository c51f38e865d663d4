package dev.jango.management.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches directory trees and reports what changed in batches: once nothing has changed for the debounce
 * interval, the paths created, modified or deleted since the last batch go to the listener, on the watcher's
 * own thread (so batches never overlap; changes made while the listener runs make up the next batch).
 *
 * <p>Uses the platform's {@link WatchService} (inotify on Linux), registering directories created later too.
 * When the platform cannot watch (no service, or out of inotify watches), it falls back to comparing
 * modification times and sizes every {@link #POLL_INTERVAL}. A vanished root is simply not watched.
 */
final class DirectoryWatcher implements AutoCloseable {

    /** How often the polling fallback looks at the trees. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(300);

    private final List<Path> roots;
    private final long debounceMillis;
    private final Consumer<Set<Path>> listener;
    private final Consumer<String> err;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile WatchService service;
    private volatile boolean closed;

    DirectoryWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> listener, Consumer<String> err) {
        this.roots = List.copyOf(roots);
        this.debounceMillis = Math.max(1, debounce.toMillis());
        this.listener = listener;
        this.err = err;
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            for (Path root : this.roots) {
                registerTree(ws, root);
            }
            this.service = ws;
        } catch (IOException | RuntimeException e) { // a file system that cannot watch refuses unchecked
            closeService();
            err.accept("Cannot watch files (" + e.getMessage() + "); polling every " + POLL_INTERVAL.toMillis()
                    + " ms instead");
        }
        this.thread = Thread.ofPlatform().daemon().name("jango-autoreload-watcher").unstarted(
                service != null ? this::watch : this::poll);
    }

    /** Start watching on a daemon thread. */
    DirectoryWatcher start() {
        thread.start();
        return this;
    }

    /** {@code "file events"} or {@code "polling"}: how changes are noticed. */
    String mode() {
        return service != null ? "file events" : "polling";
    }

    @Override
    public void close() {
        closed = true;
        closeService();
        thread.interrupt();
    }

    private void closeService() {
        WatchService ws = service;
        service = null;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException ignored) {
                // closing an inotify descriptor does not fail in a way we could act on
            }
        }
    }

    private void watch() {
        WatchService ws = service;
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (!closed) {
                WatchKey key = changed.isEmpty() ? ws.take() : ws.poll(debounceMillis, TimeUnit.MILLISECONDS);
                if (key == null) {
                    deliver(changed);
                    changed = new LinkedHashSet<>();
                    continue;
                }
                collect(ws, key, changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchService ws, WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.addAll(roots);
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            changed.add(child);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(ws, child);
                    try (Stream<Path> files = Files.walk(child)) {
                        files.forEach(changed::add);
                    }
                } catch (IOException | UncheckedIOException e) {
                    err.accept("Cannot watch the new directory " + child + ": " + e.getMessage());
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    private void registerTree(WatchService ws, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                keys.put(dir.register(ws, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void poll() {
        Map<Path, String> before = snapshot();
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (!closed) {
                Thread.sleep(changed.isEmpty() ? POLL_INTERVAL.toMillis() : Math.min(debounceMillis,
                        POLL_INTERVAL.toMillis()));
                Map<Path, String> now = snapshot();
                int found = changed.size();
                for (Map.Entry<Path, String> e : now.entrySet()) {
                    if (!e.getValue().equals(before.get(e.getKey()))) {
                        changed.add(e.getKey());
                    }
                }
                for (Path gone : before.keySet()) {
                    if (!now.containsKey(gone)) {
                        changed.add(gone);
                    }
                }
                before = now;
                if (changed.size() == found && !changed.isEmpty()) {
                    deliver(changed);
                    changed = new LinkedHashSet<>();
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private Map<Path, String> snapshot() {
        Map<Path, String> files = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        files.put(file, attrs.lastModifiedTime().toMillis() + ":" + attrs.size());
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                err.accept("Cannot look at " + root + ": " + e.getMessage());
            }
        }
        return files;
    }

    private void deliver(Set<Path> changed) {
        try {
            listener.accept(java.util.Collections.unmodifiableSet(changed));
        } catch (RuntimeException | Error e) {
            err.accept("The autoreloader failed handling a change: " + e);
        }
    }
}
