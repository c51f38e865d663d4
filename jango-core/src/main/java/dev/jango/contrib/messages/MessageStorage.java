package dev.jango.contrib.messages;

import dev.jango.contrib.sessions.Session;
import dev.jango.http.Cookie;
import dev.jango.http.Json;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where messages wait between requests, like Django's message storage backends: a signed cookie, the session,
 * or the cookie with the session as overflow (the default).
 */
public sealed interface MessageStorage {

    /** The cookie that carries messages. */
    String COOKIE_NAME = "messages";
    /** The largest cookie value written; longer lists go to the session, or lose their oldest messages. */
    int MAX_COOKIE_SIZE = 2048;

    /** The messages stored for this request's user. */
    List<Message> load(Request request);

    /** Store {@code messages} (empty: clear) for the next request. */
    void save(Request request, Response response, List<Message> messages);

    /** In a signed cookie (salt {@code django.contrib.messages}); no session needed. */
    static MessageStorage cookie() {
        return new CookieStorage(false);
    }

    /** In the session, under {@code _messages}; needs {@code SessionMiddleware}. */
    static MessageStorage session() {
        return new SessionStorage();
    }

    /** In the cookie while they fit in {@link #MAX_COOKIE_SIZE}, else in the session. */
    static MessageStorage fallback() {
        return new CookieStorage(true);
    }

    /** The cookie backend, optionally overflowing into the session. */
    record CookieStorage(boolean overflowToSession) implements MessageStorage {
        private static final String SALT = "django.contrib.messages";

        @Override
        public List<Message> load(Request request) {
            List<Message> messages = new ArrayList<>(request.signedCookie(COOKIE_NAME, SALT, null)
                    .map(CookieStorage::decode).orElse(List.of()));
            if (overflowToSession) {
                messages.addAll(new SessionStorage().load(request));
            }
            return messages;
        }

        @Override
        public void save(Request request, Response response, List<Message> messages) {
            boolean hadCookie = request.cookies().containsKey(COOKIE_NAME);
            List<Message> kept = new ArrayList<>(messages);
            String value = kept.isEmpty() ? null : encode(kept);
            if (value != null && value.length() > MAX_COOKIE_SIZE) {
                if (overflowToSession) {
                    new SessionStorage().save(request, response, kept);
                    kept.clear();
                    value = null;
                } else {
                    while (value != null && value.length() > MAX_COOKIE_SIZE) {
                        kept.removeFirst(); // the oldest go first, as in Django
                        value = kept.isEmpty() ? null : encode(kept);
                    }
                }
            } else if (overflowToSession && sessionHasMessages(request)) {
                new SessionStorage().save(request, response, List.of());
            }
            if (value != null) {
                response.setSignedCookie(request, Cookie.builder(COOKIE_NAME, value).httpOnly(true)
                        .sameSite(Cookie.SameSite.LAX).build(), SALT);
            } else if (hadCookie) {
                response.deleteCookie(COOKIE_NAME);
            }
        }

        private static boolean sessionHasMessages(Request request) {
            try {
                return Session.of(request).containsKey(SessionStorage.KEY);
            } catch (RuntimeException noSessions) {
                return false;
            }
        }

        static String encode(List<Message> messages) {
            List<List<Object>> rows = messages.stream()
                    .map(m -> List.<Object>of(m.level(), m.text(), m.extraTags())).toList();
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Json.write(rows).getBytes(StandardCharsets.UTF_8));
        }

        static List<Message> decode(String value) {
            try {
                List<?> rows = Json.read(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8),
                        List.class);
                return rows.stream().map(row -> (List<?>) row).map(r -> new Message(((Number) r.get(0)).intValue(),
                        (String) r.get(1), (String) r.get(2))).toList();
            } catch (RuntimeException e) { // signed by us, so only an old format gets here
                return List.of();
            }
        }

        @Override
        public String toString() {
            return overflowToSession ? "fallback (cookie, then session)" : "cookie";
        }
    }

    /** The session backend. */
    record SessionStorage() implements MessageStorage {
        static final String KEY = "_messages";

        @Override
        public List<Message> load(Request request) {
            Object stored = Session.of(request).get(KEY);
            return stored instanceof String encoded ? CookieStorage.decode(encoded) : List.of();
        }

        @Override
        public void save(Request request, Response response, List<Message> messages) {
            Session session = Session.of(request);
            if (messages.isEmpty()) {
                session.remove(KEY);
            } else {
                session.put(KEY, CookieStorage.encode(messages));
            }
        }
    }
}
