package org.safeguardinghub.launch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check (compose.yaml): the image has no shell and no curl, only Java, so
 * {@code java -cp /app/classes org.safeguardinghub.launch.HealthCheck} asks the management port's
 * readiness probe and exits 0 when it answers 200, 1 otherwise. The address is the first argument,
 * by default {@value #READINESS}. Compiled for Java 17 with the launcher; uses no application class.
 */
public final class HealthCheck {

    static final String READINESS = "http://127.0.0.1:8081/actuator/health/readiness";

    private HealthCheck() {
    }

    public static void main(String[] args) {
        System.exit(healthy(args.length > 0 ? args[0] : READINESS) ? 0 : 1);
    }

    static boolean healthy(String address) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
