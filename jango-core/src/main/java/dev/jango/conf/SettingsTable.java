package dev.jango.conf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Every setting by name, as the debug error page lists them: built-in ones first, then the application's own. */
final class SettingsTable {

    private SettingsTable() {}

    static Map<String, Object> of(Settings s, Map<String, Object> extras) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("debug", s.debug());
        map.put("secretKey", s.secretKey());
        map.put("secretKeyFallbacks", s.secretKeyFallbacks());
        map.put("allowedHosts", s.allowedHosts());
        map.put("middleware", s.middleware().stream().map(m -> m.getClass().getName()).toList());
        map.put("dataUploadMaxMemorySize", s.dataUploadMaxMemorySize());
        map.put("dataUploadMaxNumberFields", s.dataUploadMaxNumberFields());
        map.put("fileUploadMaxMemorySize", s.fileUploadMaxMemorySize());
        map.put("maxUploadSize", s.maxUploadSize());
        map.put("useXForwardedHost", s.useXForwardedHost());
        map.put("useXForwardedPort", s.useXForwardedPort());
        map.put("secureProxySslHeader", s.secureProxySslHeader());
        map.put("templateEngine", s.templateEngine() == null ? null : s.templateEngine().getClass().getName());
        map.putAll(new TreeMap<>(extras));
        return Collections.unmodifiableMap(map);
    }
}
