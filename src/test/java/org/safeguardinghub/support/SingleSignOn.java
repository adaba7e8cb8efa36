package org.safeguardinghub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript signing in to the hub through {@link TestIdentityProvider}: to the
 * provider's sign-in form and back, following every redirect as a browser would, keeping the
 * cookies of both. The hub is reached at 127.0.0.1, the address registered at the provider.
 */
public final class SingleSignOn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    public record Page(int status, String body, String location) {
    }

    private final String hub;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public SingleSignOn(int port) {
        this.hub = "http://127.0.0.1:" + port;
    }

    /**
     * Starts from the hub's "sign in with your organisation", signs in at the provider, and returns the
     * hub's last answer: a redirect into the hub when signed in, or to the sign-in page with a reason.
     */
    public Page signIn(TestIdentityProvider.Person person) {
        Page page = send(HttpRequest.newBuilder(URI.create(hub + "/oauth2/authorization/sso")).GET().build());
        while (page.location() != null && !page.location().startsWith(hub) && !page.location().startsWith("/")) {
            page = get(page.location());
        }
        Page form = page.status() == 200 ? page : get(TestIdentityProvider.issuer() + "/login");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at the provider: " + form);
        }
        page = send(HttpRequest.newBuilder(URI.create(TestIdentityProvider.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(person.username()) + "&password="
                        + encode(person.password()) + "&_csrf=" + encode(csrf.group(1)))).build());
        while (page.location() != null && !page.location().startsWith(hub + "/login?")
                && (page.location().contains("/oauth2/") || page.location().contains("/login/oauth2/code/"))) {
            page = get(page.location());
        }
        return page;
    }

    /** A page of the hub in this session. */
    public Page get(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : hub + pathOrUrl;
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse(null);
            if (location != null && location.startsWith("/")) {
                location = request.uri().getScheme() + "://" + request.uri().getAuthority() + location;
            }
            return new Page(response.statusCode(), response.body(), location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
