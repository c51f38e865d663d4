package dev.jango.conf;

import java.nio.file.Path;
import java.util.List;

/**
 * Jango's own settings, with Django's names and defaults (Django's {@code global_settings}).
 *
 * <p>Use them with {@code import static dev.jango.conf.CoreSettings.*}: {@code Settings.builder().set(DEBUG, true)},
 * {@code settings.get(ALLOWED_HOSTS)}. Each is overridden by the environment variable it names.
 */
public final class CoreSettings {

    private CoreSettings() {}

    /** Django's {@code DATA_UPLOAD_MAX_MEMORY_SIZE} and {@code FILE_UPLOAD_MAX_MEMORY_SIZE} default: 2.5 MiB. */
    public static final long DEFAULT_MAX_MEMORY_SIZE = 2_621_440;

    /** Detailed error pages ({@code JANGO_DEBUG}); never in production. */
    public static final Setting<Boolean> DEBUG = Setting.bool("debug", false)
            .doc("Detailed error pages; never turn it on in production");

    /** The key signing and sessions derive their keys from ({@code JANGO_SECRET_KEY}); required when debug is off. */
    public static final Setting<String> SECRET_KEY = Setting.string("secretKey", "").secret()
            .doc("The key signing and sessions derive their keys from; required when debug is off");

    /** Earlier secret keys still accepted when checking signatures, for key rotation. */
    public static final Setting<List<String>> SECRET_KEY_FALLBACKS = Setting.list("secretKeyFallbacks", List.of())
            .secret().doc("Earlier secret keys still accepted when checking signatures");

    /** The host names this site answers to ({@code .example.com} matches subdomains; {@code *} any). */
    public static final Setting<List<String>> ALLOWED_HOSTS = Setting.list("allowedHosts", List.of())
            .doc("The host names this site answers to; .example.com matches subdomains, * any");

    /** The largest request body, in bytes, that {@code request.body()} reads; larger answers 413. */
    public static final Setting<Long> DATA_UPLOAD_MAX_MEMORY_SIZE = Setting.longValue("dataUploadMaxMemorySize",
                    DEFAULT_MAX_MEMORY_SIZE).check(n -> n >= 0, ">= 0 bytes")
            .doc("The largest body request.body() reads, in bytes; larger answers 413");

    /** The most fields a query string or form may have; more answers 400 ({@code TooManyFieldsSent}). */
    public static final Setting<Integer> DATA_UPLOAD_MAX_NUMBER_FIELDS = Setting.integer("dataUploadMaxNumberFields",
            1000).doc("The most fields a query string or form may have; more answers 400; negative: no limit");

    /** The most files a multipart form may carry; more answers 400. */
    public static final Setting<Integer> DATA_UPLOAD_MAX_NUMBER_FILES = Setting.integer("dataUploadMaxNumberFiles",
            100).doc("The most files a multipart form may carry; more answers 400; negative: no limit");

    /** Uploaded files up to this size stay in memory; larger ones go to a temporary file. */
    public static final Setting<Long> FILE_UPLOAD_MAX_MEMORY_SIZE = Setting.longValue("fileUploadMaxMemorySize",
                    DEFAULT_MAX_MEMORY_SIZE).check(n -> n >= 0, ">= 0 bytes")
            .doc("Uploaded files up to this size stay in memory; larger ones go to a temporary file");

    /** The largest whole upload (all files and fields), in bytes; -1 for no limit. Larger answers 413. */
    public static final Setting<Long> MAX_UPLOAD_SIZE = Setting.longValue("maxUploadSize", -1)
            .doc("The largest whole form upload in bytes, -1 for no limit; larger answers 413");

    /** Where uploads larger than {@link #FILE_UPLOAD_MAX_MEMORY_SIZE} are spilled; null: {@code java.io.tmpdir}. */
    public static final Setting<Path> FILE_UPLOAD_TEMP_DIR = Setting.path("fileUploadTempDir", null)
            .doc("Where large uploads are spilled (deleted after the response); default java.io.tmpdir");

    /** Trust {@code X-Forwarded-Host} for {@code request.host()}; only behind a proxy that sets it. */
    public static final Setting<Boolean> USE_X_FORWARDED_HOST = Setting.bool("useXForwardedHost", false)
            .doc("Trust X-Forwarded-Host; only behind a proxy that sets it");

    /** Trust {@code X-Forwarded-Port} for {@code request.port()}; only behind a proxy that sets it. */
    public static final Setting<Boolean> USE_X_FORWARDED_PORT = Setting.bool("useXForwardedPort", false)
            .doc("Trust X-Forwarded-Port; only behind a proxy that sets it");

    /**
     * The header and value a TLS-terminating proxy sets on HTTPS requests, or null (Django's
     * {@code SECURE_PROXY_SSL_HEADER}); in the environment {@code X-Forwarded-Proto=https}.
     */
    public static final Setting<ProxySslHeader> SECURE_PROXY_SSL_HEADER = Setting.of("secureProxySslHeader",
            ProxySslHeader.class, null, ProxySslHeader::parse)
            .doc("Header=value a TLS-terminating proxy sets on HTTPS requests, e.g. X-Forwarded-Proto=https");
}
