package reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.safeguardinghub.SafeguardingHubApplication;

/**
 * The application as it ships, started in a process of its own (this JVM's class path) against a
 * PostgreSQL that is not its own, so the database outlives the process: the reliability harnesses
 * kill it ({@code SIGKILL}, no shutdown hook runs) and start it again on the same data.
 */
final class AppNode {

    static final String SECRET = "reliability-demo-secret-0123";
    static final String KEY_SECRET = "reliability-key-encryption-secret-0123456789";

    private final String name;
    private final String jdbcUrl;
    private final Path dir;
    private final List<String> extra;
    final int port;
    private Process process;
    private boolean started;

    AppNode(String name, String jdbcUrl, Path dir, List<String> extra) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.dir = dir;
        this.extra = extra;
        this.port = freePort();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SafeguardingHubApplication.class.getName(),
                "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                // the demo data set (its API clients) is loaded at the first start only: a restart finds it there
                "--safeguarding.demo.enabled=" + !started, "--safeguarding.demo.secret=" + SECRET,
                "--safeguarding.data-dir=" + dir.resolve("unused"), "--safeguarding.access.key-encryption.secret=" + KEY_SECRET,
                "--logging.level.root=WARN", "--logging.level.org.safeguardinghub=INFO"));
        command.addAll(extra);
        File log = dir.resolve(name + ".log").toFile();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        started = true;
        Process running = process;
        Runtime.getRuntime().addShutdownHook(new Thread(running::destroyForcibly)); // never outlive the harness
    }

    /** Kills the process as a crash would: SIGKILL, nothing of it runs after. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as an operator would (SIGTERM, graceful shutdown). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Waits until the node answers and its demo API clients can sign in (demo data loads after start). */
    void awaitReady(HttpClient http, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && alive()) {
            try {
                if (token(http, base(), "POLICE-NORTH") != null) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not start; see " + dir.resolve(name + ".log"));
    }

    /** A partner token for this client, or null when the node cannot give one yet. */
    static String token(HttpClient http, String base, String client) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + SECRET).getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return null;
        }
        String body = response.body();
        int at = body.indexOf("\"access_token\":\"") + 16;
        return body.substring(at, body.indexOf('"', at));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
