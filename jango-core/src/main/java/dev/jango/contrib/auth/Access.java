package dev.jango.contrib.auth;

import dev.jango.core.exceptions.PermissionDenied;
import dev.jango.http.Redirect;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * View decorators that admit only some users, like Django's {@code login_required},
 * {@code permission_required}, {@code user_passes_test} and {@code staff_member_required}.
 *
 * <p>An anonymous visitor is redirected to the login URL with {@code ?next=} the page they asked for; a
 * logged-in user who fails the test gets 403 (sending them to log in again would loop). The login view only
 * follows {@code next} when it stays on this site.
 */
public final class Access {

    /** Metadata key set on views that need a logged-in user. */
    public static final String LOGIN_REQUIRED = "loginRequired";

    private Access() {}

    /** {@code view}, for logged-in users only. */
    public static View loginRequired(View view) {
        return userPassesTest(User::isAuthenticated, view);
    }

    /** {@code view}, for users holding {@code permission} (for example {@code "polls.add_question"}). */
    public static View permissionRequired(String permission, View view) {
        Objects.requireNonNull(permission, "permission");
        return userPassesTest(user -> user.hasPerm(permission), view);
    }

    /** {@code view}, for active staff members (Django's admin pages' rule). */
    public static View staffMemberRequired(View view) {
        return userPassesTest(user -> user.isActive() && user.isStaff(), view);
    }

    /** {@code view}, for users passing {@code test}. */
    public static View userPassesTest(Predicate<User> test, View view) {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(view, "view");
        View guarded = (request, kwargs) -> {
            User user = Auth.user(request);
            if (test.test(user)) {
                return view.handle(request, kwargs);
            }
            if (user.isAuthenticated()) {
                throw new PermissionDenied("User '" + user.username() + "' may not see " + request.path());
            }
            return redirectToLogin(request);
        };
        return Views.withMeta(Views.decorate(view, guarded), LOGIN_REQUIRED, true);
    }

    /** A redirect to the login URL with {@code next} set to this request's full path. */
    public static Response redirectToLogin(Request request) {
        String loginUrl = Auth.config(request).loginUrl();
        String next = URLEncoder.encode(request.fullPath(), StandardCharsets.UTF_8).replace("%2F", "/");
        return Redirect.to(loginUrl + (loginUrl.contains("?") ? "&" : "?") + "next=" + next);
    }
}
