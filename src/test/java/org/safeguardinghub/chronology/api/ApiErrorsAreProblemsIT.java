package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every error of the partner API ({@code /api/**}) is an RFC 9457 problem document with a
 * {@code type} URI naming the problem, whatever answered it: the API's controllers, the framework
 * before any controller was chosen (no such path, a method or media type the path does not take),
 * the security filters (no, a forged or a revoked token) or the request firewall. Issue 18, ADR 0040.
 * Pages keep their HTML error page.
 */
@HubIntegrationTest
class ApiErrorsAreProblemsIT {

    static final String CHILD = "/api/v1/children/" + UUID.randomUUID();

    @LocalServerPort
    int port;

    /** A request a partner system gets wrong and the problem it is answered with. */
    record Wrong(String what, Function<ApiErrorsAreProblemsIT, Api> caller, String method, String path, String body,
                 String[] headers, int status, String type, String header) {

        @Override
        public String toString() {
            return what;
        }
    }

    static Wrong wrong(String what, Function<ApiErrorsAreProblemsIT, Api> caller, String method, String path,
                       String body, int status, String type, String header, String... headers) {
        return new Wrong(what, caller, method, path, body, headers, status, type, header);
    }

    static Stream<Wrong> wrongRequests() {
        Function<ApiErrorsAreProblemsIT, Api> police = it -> new Api(it.port).as("POLICE-NORTH");
        return Stream.of(
                wrong("415 a batch sent as text/plain", police, "POST", "/api/v1/events", "{\"events\": []}",
                        415, "unsupported-media-type", "Accept", "Content-Type", "text/plain"),
                wrong("415 a batch with no Content-Type", police, "POST", "/api/v1/events", "{\"events\": []}",
                        415, "unsupported-media-type", "Accept"),
                wrong("405 DELETE on the feed", police, "DELETE", "/api/v1/events", null,
                        405, "method-not-allowed", "Allow"),
                wrong("405 PUT on a read-only path", police, "PUT", CHILD + "/alerts", "{}",
                        405, "method-not-allowed", "Allow", "Content-Type", "application/json"),
                wrong("406 an Accept the API cannot answer", police, "GET", CHILD + "/chronology", null,
                        406, "not-acceptable", null, "Accept", "application/xml"),
                wrong("404 a path the API does not have", police, "GET", "/api/v1/no-such-thing", null,
                        404, "not-found", null),
                wrong("404 an unknown version", police, "GET", "/api/v9/children", null, 404, "not-found", null),
                wrong("400 a page that is not a number", police, "GET", CHILD + "/chronology?page=first", null,
                        400, "invalid-request", null),
                wrong("400 a path variable that is not a UUID", police, "POST", CHILD + "/plans/not-a-uuid/actions/"
                        + UUID.randomUUID() + "/progress", "{}", 400, "invalid-request", null,
                        "Content-Type", "application/json"),
                wrong("400 a path the firewall refuses", police, "GET", CHILD + "/alerts;x=1", null,
                        400, "invalid-request", null),
                wrong("401 no token", it -> new Api(it.port), "GET", CHILD + "/alerts", null,
                        401, "unauthenticated", "WWW-Authenticate"),
                wrong("401 no token on an unknown path", it -> new Api(it.port), "DELETE", "/api/v1/nothing", null,
                        401, "unauthenticated", "WWW-Authenticate"),
                wrong("401 a forged token", it -> new Api(it.port).withToken("eyJhbGciOiJSUzI1NiJ9.e30.c2ln"),
                        "GET", CHILD + "/alerts", null, 401, "unauthenticated", "WWW-Authenticate"),
                wrong("401 a revoked token", ApiErrorsAreProblemsIT::revokedToken, "GET", CHILD + "/alerts", null,
                        401, "unauthenticated", "WWW-Authenticate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongRequests")
    void isAProblemDocument(Wrong wrong) {
        Api.Response response = wrong.caller().apply(this).request(wrong.method(), wrong.path(), wrong.body(),
                wrong.headers());

        ApiProblemTypesIT.assertProblem(response, wrong.status(), wrong.type());
        JsonNode problem = response.json();
        assertThat(problem.get("title").stringValue()).isNotBlank();
        assertThat(problem.get("detail").stringValue()).isNotBlank();
        if (wrong.header() != null) {
            assertThat(response.headers().firstValue(wrong.header())).as(wrong.header()).isPresent();
        }
    }

    @Test
    void theUnauthenticatedAnswerSaysBearerAndWhyTheTokenFailed() {
        Api.Response forged = new Api(port).withToken("not-a-jwt").get(CHILD + "/alerts");

        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer").contains("error=\"invalid_token\"");
    }

    @Test
    void pagesKeepTheirHtmlErrorPage() {
        Api.Response page = new Api(port).request("GET", "/css/no-such-file.css", null, "Accept", "text/html");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
    }

    /** A partner's token that its own system revoked at /oauth2/revoke (RFC 7009). */
    Api revokedToken() {
        Api partner = new Api(port).as("POLICE-NORTH");
        String basic = Base64.getEncoder().encodeToString(("POLICE-NORTH:" + HubIntegrationTest.SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest revoke = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/revoke"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(partner.token(),
                        StandardCharsets.UTF_8))).build();
        try {
            int status = HttpClient.newHttpClient().send(revoke, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).isEqualTo(200);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return partner;
    }
}
