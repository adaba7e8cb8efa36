package reliability;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx (the Debian package) on loopback in front of the nodes, round robin, as a local authority
 * would put any load balancer in front of two application servers. Runs in the foreground in a
 * process of its own, with its configuration, logs and temporary files under {@code dir}.
 */
final class Nginx implements AutoCloseable {

    final int port = AppNode.freePort();
    private final Process process;
    private final Path home;

    Nginx(Path dir, List<AppNode> nodes) throws IOException, InterruptedException {
        home = Files.createDirectories(dir.resolve("nginx").toAbsolutePath());
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(home.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                    log_format upstream '$upstream_addr $status $request_method $uri';
                    access_log %1$s/logs/access.log upstream;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    client_max_body_size 20m;
                    client_body_buffer_size 20m;
                    upstream hub { %2$s }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://hub;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_read_timeout 120s;
                            proxy_max_temp_file_size 0;
                        }
                    }
                }
                """.formatted(home, nodes.stream().map(n -> "server 127.0.0.1:" + n.port + ";")
                .collect(Collectors.joining(" ")), port));
        process = new ProcessBuilder(binary(), "-p", home.toString(), "-c", home.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/console.log").toFile())).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start; see " + home.resolve("logs"));
    }

    /** nginx on the PATH or where Debian puts it (scripts/install-prerequisites.sh installs it). */
    static String binary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "nginx";
    }

    /** The access log: one line per request, starting with the node that answered it. */
    Path accessLog() {
        return home.resolve("logs/access.log");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
