package dev.jango.core.handlers;

import dev.jango.http.Html;
import java.util.regex.Pattern;

/** What the debug pages share: the page frame, escaping, and masking of secret-looking values. */
final class DebugPage {

    /** Names whose values the debug pages never show, as in Django's exception reporter filter. */
    static final Pattern HIDDEN = Pattern.compile("API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|COOKIE", Pattern.CASE_INSENSITIVE);
    static final String MASK = "********************";

    private final StringBuilder html = new StringBuilder(8192);

    DebugPage(String title) {
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" ")
                .append("content=\"noindex,nofollow\"><title>").append(Html.escape(title)).append("</title>\n<style>")
                .append("body{font:14px sans-serif;margin:0}header{background:#ffc;padding:12px 20px;border-bottom:1px solid #ddd}")
                .append("section{padding:8px 20px}h1{margin:0 0 6px;font-weight:normal}table{border-collapse:collapse}")
                .append("td,th{text-align:left;vertical-align:top;padding:2px 12px 2px 0;font-family:monospace}")
                .append("pre{background:#f6f6f6;padding:8px;overflow:auto}.frame{margin:2px 0;font-family:monospace}")
                .append(".app{font-weight:bold}footer{padding:12px 20px;color:#777}tr.error{background:#fcc}")
                .append(".template{background:#fee}.template pre{margin:0;padding:0 4px;background:none}")
                .append("</style></head>\n<body>\n");
    }

    /** Mask {@code value} when {@code name} looks secret. */
    static String cleanse(String name, Object value) {
        return HIDDEN.matcher(name).find() ? MASK : String.valueOf(value);
    }

    DebugPage raw(String markup) {
        html.append(markup);
        return this;
    }

    DebugPage text(String text) {
        html.append(Html.escape(text));
        return this;
    }

    DebugPage heading(String tag, String text) {
        html.append('<').append(tag).append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    DebugPage row(String name, Object value) {
        html.append("<tr><th>").append(Html.escape(name)).append("</th><td>")
                .append(Html.escape(String.valueOf(value))).append("</td></tr>\n");
        return this;
    }

    String finish(String footer) {
        return html.append("<footer>").append(Html.escape(footer)).append("</footer>\n</body></html>\n").toString();
    }
}
