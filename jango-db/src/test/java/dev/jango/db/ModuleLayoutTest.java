package dev.jango.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.contrib.auth.ManagedUserStore;
import dev.jango.contrib.auth.jdbc.JdbcUserStore;
import dev.jango.contrib.sessions.SessionStore;
import dev.jango.contrib.sessions.jdbc.DatabaseSessionStore;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The database layer sits below the contrib apps: the stores that need sessions and auth live in contrib packages
 * of this module (Django's {@code django.contrib.sessions.backends.db}), which the module exports, and no class of
 * {@code dev.jango.db} refers to a contrib package.
 */
class ModuleLayoutTest {

    private static Path classes() throws Exception {
        return Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void the_stores_live_in_their_apps_packages_and_the_module_exports_them() throws Exception {
        assertThat(DatabaseSessionStore.class.getPackageName()).isEqualTo("dev.jango.contrib.sessions.jdbc");
        assertThat(JdbcUserStore.class.getPackageName()).isEqualTo("dev.jango.contrib.auth.jdbc");
        assertThat(SessionStore.class).isAssignableFrom(DatabaseSessionStore.class);
        assertThat(ManagedUserStore.class).isAssignableFrom(JdbcUserStore.class);
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertThat(module.name()).isEqualTo("dev.jango.db");
        assertThat(module.exports()).allSatisfy(exported -> assertThat(exported.isQualified()).isFalse())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.jango.db", "dev.jango.contrib.auth.jdbc", "dev.jango.contrib.sessions.jdbc");
    }

    @Test
    void the_database_layer_refers_to_no_contrib_package() throws Exception {
        Path db = classes().resolve("dev/jango/db");
        List<Path> compiled;
        try (Stream<Path> files = Files.list(db)) {
            compiled = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        assertThat(compiled).extracting(file -> file.getFileName().toString())
                .contains("Database.class", "Db.class", "DatabaseConfig.class", "DatabaseError.class")
                .doesNotContain("DatabaseSessionStore.class", "JdbcUserStore.class");
        for (Path file : compiled) {
            // a class's references to other classes are names in its constant pool, like dev/jango/contrib/...
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(constants).as(file.getFileName().toString()).doesNotContain("dev/jango/contrib/");
        }
    }
}
