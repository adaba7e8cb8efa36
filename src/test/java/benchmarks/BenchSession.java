package benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo user signed in to the benchmark's application (a session cookie), timing the pages they open. */
final class BenchSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();

    private BenchSession(String base) {
        this.base = base;
    }

    static BenchSession signIn(String base, String username) throws Exception {
        BenchSession bench = new BenchSession(base);
        String login = bench.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode(ChronologyBenchmark.SECRET, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = bench.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + username);
        }
        return bench;
    }

    /** The page's body, which must answer 200. */
    String get(String path) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        return page.body();
    }

    /** Times {@code requests} requests for the page, {@code concurrency} at a time. */
    Percentiles time(String path, int requests, int concurrency) throws Exception {
        return ChronologyBenchmark.inWorkers(requests, concurrency, share -> {
            long[] times = new long[share];
            for (int i = 0; i < share; i++) {
                long start = System.nanoTime();
                get(path);
                times[i] = System.nanoTime() - start;
            }
            return times;
        });
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return session.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
