package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals by the security filters. A 403 cannot be reached over HTTP today (every token
 * the hub verifies is a partner client's, so anything else is a 401; ApiErrorsAreProblemsIT), so
 * the access-denied answer is checked here: a problem document with the bearer-token header.
 */
class ProblemAuthenticationEntryPointTest {

    final JsonMapper json = JsonMapper.builder().build();
    final ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(json);

    @Test
    void accessDeniedIsAForbiddenProblemWithTheBearerChallenge() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.handle(new MockHttpServletRequest("GET", "/api/v1/events"), response,
                new AccessDeniedException("no"));

        assertProblem(response, 403, "forbidden");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void noTokenIsAnUnauthenticatedProblemWithTheBearerChallenge() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(new MockHttpServletRequest("GET", "/api/v1/events"), response,
                new InsufficientAuthenticationException("none"));

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    private void assertProblem(MockHttpServletResponse response, int status, String type) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").stringValue()).isEqualTo("https://safeguardinghub.org/problems/" + type);
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        assertThat(problem.get("detail").stringValue()).isNotBlank();
    }
}
