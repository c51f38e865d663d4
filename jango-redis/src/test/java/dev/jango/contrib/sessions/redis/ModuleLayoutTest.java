package dev.jango.contrib.sessions.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.contrib.sessions.SessionStore;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Redis store is part of the sessions app (Django's {@code django.contrib.sessions.backends.*}): module
 * {@code dev.jango.redis} exports it from {@code dev.jango.contrib.sessions.redis}, and no longer has the
 * {@code dev.jango.redis} package, which would be a non-contrib package importing contrib. Needs no Redis.
 */
class ModuleLayoutTest {

    private static ModuleDescriptor descriptor() throws Exception {
        Path classes = Path.of(RedisSessionStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void the_store_lives_in_the_sessions_app_and_the_module_exports_it() throws Exception {
        assertThat(RedisSessionStore.class.getPackageName()).isEqualTo("dev.jango.contrib.sessions.redis");
        assertThat(SessionStore.class).isAssignableFrom(RedisSessionStore.class);
        ModuleDescriptor module = descriptor();
        assertThat(module.name()).isEqualTo("dev.jango.redis");
        assertThat(module.exports()).singleElement().satisfies(exported -> {
            assertThat(exported.source()).isEqualTo("dev.jango.contrib.sessions.redis");
            assertThat(exported.isQualified()).as("exported to everyone").isFalse();
        });
        assertThat(module.packages()).doesNotContain("dev.jango.redis");
        assertThat(module.requires()).anySatisfy(required -> {
            assertThat(required.name()).isEqualTo("dev.jango.core");
            assertThat(required.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
    }
}
