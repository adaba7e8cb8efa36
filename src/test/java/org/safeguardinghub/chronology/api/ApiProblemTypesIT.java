package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each error of the partner API is a problem document whose {@code type} names the problem, as docs/openapi.json says. */
@HubIntegrationTest
class ApiProblemTypesIT {

    static final String PROBLEMS = "https://safeguardinghub.org/problems/";

    @LocalServerPort
    int port;

    static void assertProblem(int status, String contentType, String body, int expected, String type) {
        assertThat(status).isEqualTo(expected);
        assertThat(contentType).startsWith("application/problem+json");
        JsonNode problem = Api.JSON.readTree(body);
        assertThat(problem.get("type").stringValue()).isEqualTo(PROBLEMS + type);
        assertThat(problem.get("status").intValue()).isEqualTo(expected);
    }

    static void assertProblem(Api.Response response, int expected, String type) {
        assertProblem(response.status(), response.contentType(), response.body(), expected, type);
    }

    @Test
    void aBodyThatIsNotJsonOrNoBatchIsAnInvalidRequest() {
        Api police = new Api(port).as("POLICE-NORTH");
        assertProblem(police.post("/api/v1/events", "{\"events\": ["), 400, "invalid-request");
        assertProblem(police.post("/api/v1/events", "{\"events\": []}"), 400, "invalid-request");
    }

    @Test
    void noTokenIsUnauthenticatedAndAChildNobodyMaySeeIsNotFound() {
        assertProblem(new Api(port).post("/api/v1/events", "{\"events\": []}"), 401, "unauthenticated");
        assertProblem(new Api(port).as("POLICE-NORTH").get("/api/v1/children/" + UUID.randomUUID() + "/chronology"),
                404, "not-found");
    }
}
