package org.safeguardinghub.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A partner system as the contract describes it: gets a token, sends batches, reads chronologies. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Gets a token for the client; returns the token endpoint's response. */
    public Response signIn(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Response response = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        token = response.status() == 200 ? response.json().get("access_token").stringValue() : null;
        return response;
    }

    public Api as(String clientId) {
        Response response = signIn(clientId, HubIntegrationTest.SECRET);
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + response.body());
        }
        return this;
    }

    public Response post(String path, String body) {
        return send(authorised(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response get(String path) {
        return send(authorised(HttpRequest.newBuilder(URI.create(base + path))).GET().build());
    }

    /**
     * Any request, as a partner system might get it wrong: a method, headers given as name, value,
     * name, value..., and a body (null for none).
     */
    public Response request(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(URI.create(base + path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Sends the given bearer token (a forged or revoked one, say) instead of one from the token endpoint. */
    public Api withToken(String bearer) {
        this.token = bearer;
        return this;
    }

    /** The bearer token this client holds (null before it signs in). */
    public String token() {
        return token;
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
