package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.FeedProperties;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The feed's body limit (safeguarding.feed.max-body-bytes): 413 as a problem document, nothing stored. */
@HubIntegrationTest
class FeedBodyLimitIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedProperties properties;

    /**
     * A batch of two good events padded to the size by a field beside {@code events} (which the feed
     * ignores): without the limit, both events would be stored.
     */
    String batchOf(String firstId, String secondId, long padding) {
        ObjectNode subject = subject("Robin", familyName(), "2012-05-06");
        ObjectNode batch = (ObjectNode) Api.JSON.readTree(batch(event(firstId, subject, "NOTE", "2025-01-01"),
                event(secondId, subject, "NOTE", "2025-01-02")));
        return Api.JSON.writeValueAsString(batch.put("padding", "x".repeat((int) padding)));
    }

    long stored(String... ids) {
        return jdbc.sql("select count(*) from chronology.event where source_event_id in (:ids)")
                .param("ids", java.util.List.of(ids)).query(Long.class).single();
    }

    String token() {
        return new Api(port).signIn("POLICE-NORTH", HubIntegrationTest.SECRET).json().get("access_token").stringValue();
    }

    HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(body).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Api.JSON.readTree(response.body());
        assertThat(problem.get("type").stringValue()).isEqualTo("https://safeguardinghub.org/problems/body-too-large");
        assertThat(problem.get("status").intValue()).isEqualTo(413);
        assertThat(problem.get("detail").stringValue()).contains("nothing was stored");
    }

    @Test
    void aBodyOverTheLimitWithItsLengthIsRefusedUnreadAndNothingIsStored() throws Exception {
        String good = unique("LIMIT"), padded = unique("LIMIT");
        String body = batchOf(good, padded, properties.maxBodyBytes().toBytes());
        assertRefused(send(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(stored(good, padded)).isZero();
    }

    @Test
    void aChunkedBodyWithoutALengthIsCountedAndRefusedAtTheLimit() throws Exception {
        String good = unique("LIMIT"), padded = unique("LIMIT");
        byte[] body = batchOf(good, padded, properties.maxBodyBytes().toBytes()).getBytes(StandardCharsets.UTF_8);
        // an input-stream publisher has no length, so the client sends the body chunked
        assertRefused(send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertThat(stored(good, padded)).isZero();
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAsAlways() throws Exception {
        String good = unique("LIMIT"), padded = unique("LIMIT");
        String small = batchOf(good, padded, 0);
        String body = batchOf(good, padded, properties.maxBodyBytes().toBytes() - small.length() - 1);
        assertThat((long) body.length()).isLessThanOrEqualTo(properties.maxBodyBytes().toBytes());
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.JSON.readTree(response.body()).get("results")).extracting(r -> r.get("status").stringValue())
                .containsExactly("CREATED", "CREATED");
        assertThat(stored(good, padded)).isEqualTo(2);
    }
}
