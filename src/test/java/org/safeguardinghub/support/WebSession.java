package org.safeguardinghub.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps the session cookie, and sends each form with the CSRF
 * token from the last page it saw, as the pages' own forms do.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Page(int status, String body, String location) {

        private static final Pattern SUMMARY_ITEM = Pattern.compile("<a href=\"#[^\"]*\">([^<]*)</a>");

        public boolean contains(String text) {
            return body.contains(text);
        }

        /** The messages of the page's error summary, for a test that must say why a form refused. */
        public List<String> errorSummary() {
            int start = body.indexOf("govuk-error-summary__list");
            if (start < 0) {
                return List.of();
            }
            Matcher item = SUMMARY_ITEM.matcher(body.substring(start, body.indexOf("</ul>", start)));
            List<String> messages = new ArrayList<>();
            while (item.find()) {
                messages.add(item.group(1).strip());
            }
            return messages;
        }
    }

    private final String base;
    private final HttpClient http;
    private String csrf;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession signedIn(int port, String username) {
        WebSession session = new WebSession(port);
        Page result = session.signIn(username, HubIntegrationTest.SECRET);
        if (result.status() != 302 || result.location().contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
        return session;
    }

    public Page signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    /** A download (a PDF, say) as the bytes it is. */
    public byte[] getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows one redirect, as a browser would after a form. */
    public Page follow(Page page) {
        return get(URI.create(page.location()).getRawPath() + (URI.create(page.location()).getRawQuery() == null
                ? "" : "?" + URI.create(page.location()).getRawQuery()));
    }

    /** The CSRF token of the last page that had a form. */
    public String csrf() {
        return csrf;
    }

    public Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, encode(fields));
    }

    /** Posts exactly these fields, with no CSRF token unless given. */
    public Page postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
