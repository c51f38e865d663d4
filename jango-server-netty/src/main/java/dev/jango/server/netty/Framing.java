package dev.jango.server.netty;

import java.util.Locale;

/**
 * The header fields that decide how a request is framed and answered, collected while its head is parsed and
 * checked together at the end (see {@link HeadParser} for the rules).
 */
final class Framing {

    private int lengths;
    private String length;
    private int codings;
    private String coding;
    private int hosts;
    private String host;
    private String expect;
    private boolean close;
    private boolean keepAliveToken;
    private boolean upgradeToken;
    private boolean settingsToken;
    private boolean h2cOffered;
    private int settings;

    /** Note one field as it is parsed. */
    void note(String name, String value) {
        switch (name.length()) {
            case 4 -> {
                if (name.equalsIgnoreCase("Host")) {
                    hosts++;
                    host = value;
                }
            }
            case 6 -> {
                if (name.equalsIgnoreCase("Expect")) {
                    expect = expect == null ? value : expect + "," + value;
                }
            }
            case 7 -> {
                if (name.equalsIgnoreCase("Upgrade")) {
                    for (String protocol : value.split(",")) {
                        h2cOffered |= protocol.strip().equalsIgnoreCase("h2c");
                    }
                }
            }
            case 10 -> {
                if (name.equalsIgnoreCase("Connection")) {
                    connection(value);
                }
            }
            case 14 -> {
                if (name.equalsIgnoreCase("Content-Length")) {
                    lengths++;
                    length = value;
                } else if (name.equalsIgnoreCase("HTTP2-Settings")) {
                    settings++;
                }
            }
            case 17 -> {
                if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    for (String part : value.split(",", -1)) {
                        codings++;
                        coding = part.strip();
                    }
                }
            }
            default -> { }
        }
    }

    private void connection(String value) {
        if (value.equalsIgnoreCase("keep-alive")) {
            keepAliveToken = true;
            return;
        }
        if (value.equalsIgnoreCase("close")) {
            close = true;
            return;
        }
        for (String token : value.split(",")) {
            switch (token.strip().toLowerCase(Locale.ROOT)) {
                case "close" -> close = true;
                case "keep-alive" -> keepAliveToken = true;
                case "upgrade" -> upgradeToken = true;
                case "http2-settings" -> settingsToken = true;
                default -> { }
            }
        }
    }

    /** Check the fields together and settle {@code head}'s framing; refuses what could be read two ways. */
    void apply(RequestHead head) throws RequestRefused {
        boolean http11 = head.http11();
        if (codings > 0) {
            if (!http11) {
                throw RequestRefused.badRequest("Transfer-Encoding on an HTTP/1.0 request");
            }
            if (lengths > 0) {
                throw RequestRefused.badRequest("both Content-Length and Transfer-Encoding");
            }
            if (codings > 1 || !coding.equalsIgnoreCase("chunked")) {
                throw RequestRefused.badRequest("unsupported transfer coding (only chunked is)");
            }
            head.chunked = true;
        }
        if (lengths > 1) {
            throw RequestRefused.badRequest("several Content-Length fields");
        }
        if (lengths == 1) {
            head.contentLength = parseLength(length);
        }
        if (hosts > 1 || (http11 && hosts == 0)) {
            throw RequestRefused.badRequest(hosts > 1 ? "several Host fields" : "HTTP/1.1 request without Host");
        }
        if (hosts == 1 && !HeadParser.isAuthority(host)) {
            throw RequestRefused.badRequest("malformed Host");
        }
        if (head.authority != null) {
            head.headers.set(hosts == 1 ? firstHostName(head) : "Host", head.authority);
        }
        if (expect != null) {
            if (!expect.strip().equalsIgnoreCase("100-continue")) {
                throw new RequestRefused(417, "unsupported expectation");
            }
            head.expectContinue = http11;
        }
        head.keepAlive = !close && (http11 || keepAliveToken);
        head.h2cUpgrade = http11 && h2cOffered && upgradeToken && settingsToken && settings == 1;
    }

    private static String firstHostName(RequestHead head) {
        for (int i = 0; i < head.headers.size(); i++) {
            if (head.headers.name(i).equalsIgnoreCase("Host")) {
                return head.headers.name(i);
            }
        }
        return "Host";
    }

    private static long parseLength(String value) throws RequestRefused {
        int digits = value.length();
        if (digits == 0 || digits > 18) {
            throw digits == 0 ? RequestRefused.badRequest("empty Content-Length")
                    : RequestRefused.badRequest("Content-Length too large");
        }
        long length = 0;
        for (int i = 0; i < digits; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw RequestRefused.badRequest("Content-Length is not digits only");
            }
            length = length * 10 + (c - '0');
        }
        return length;
    }
}
