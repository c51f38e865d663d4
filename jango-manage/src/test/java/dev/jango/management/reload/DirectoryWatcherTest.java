package dev.jango.management.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {

    @TempDir
    Path dir;

    private final LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

    @Test
    void reports_a_file_written_in_a_directory_created_after_watching_began() throws Exception {
        try (DirectoryWatcher watcher = watcher()) {
            Path file = dir.resolve("templates/polls/index.html");
            TinyApp.write(file, "<h1>Polls</h1>");

            assertThat(next()).contains(file);
        }
    }

    @Test
    void reports_a_burst_of_writes_as_one_batch_once_they_stop() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "1");
        Path b = Files.writeString(dir.resolve("b.txt"), "1");
        try (DirectoryWatcher watcher = watcher()) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(a, "a" + i);
                Files.writeString(b, "b" + i);
                Thread.sleep(20);
            }
            Files.delete(b);

            assertThat(next()).contains(a, b);
            assertThat(batches.poll(500, TimeUnit.MILLISECONDS)).as("nothing more changed").isNull();
        }
    }

    private DirectoryWatcher watcher() {
        return new DirectoryWatcher(List.of(dir), Duration.ofMillis(150), batches::add, line -> {}).start();
    }

    private Set<Path> next() throws InterruptedException {
        Set<Path> batch = batches.poll(5, TimeUnit.SECONDS);
        assertThat(batch).as("a batch of changes within 5 s").isNotNull();
        return batch;
    }
}
