package dev.jango.contrib.staticfiles.management;

import dev.jango.conf.Setting;
import java.nio.file.Path;

/**
 * The static files app's management settings: {@code Jango.builder().set(StaticFilesSettings.STATIC_ROOT, path)}.
 */
public final class StaticFilesSettings {

    private StaticFilesSettings() {}

    /**
     * Where {@code collectstatic} copies the files when {@code --target} is not given, Django's {@code STATIC_ROOT}
     * ({@code JANGO_STATIC_ROOT}); null: {@code staticfiles} in the working directory.
     */
    public static final Setting<Path> STATIC_ROOT = Setting.path("staticRoot", null)
            .doc("Where collectstatic copies the static files (default: staticfiles/ in the working directory)");
}
