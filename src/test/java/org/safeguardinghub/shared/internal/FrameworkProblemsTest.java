package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardinghub.shared.ApiProblem;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The problem an error the framework sends on the API becomes (ApiErrorsAsProblems). */
class FrameworkProblemsTest {

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 405, 406, 413, 415, 500})
    void aStatusTheApiNamesGetsItsKind(int status) {
        ProblemDetail problem = problem(status, new MockHttpServletRequest("GET", "/api/v1/x"));

        ApiProblem kind = ApiProblem.forStatus(status).orElseThrow();
        assertThat(problem.getType()).isEqualTo(kind.type());
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getDetail()).isNotBlank();
    }

    @Test
    void aStatusItDoesNotNameKeepsItsCodeAndGetsTheKindOfItsFamily() {
        assertThat(problem(409, new MockHttpServletRequest()).getType()).isEqualTo(ApiProblem.INVALID_REQUEST.type());
        assertThat(problem(409, new MockHttpServletRequest()).getStatus()).isEqualTo(409);
        assertThat(problem(503, new MockHttpServletRequest()).getType()).isEqualTo(ApiProblem.SERVER_ERROR.type());
        assertThat(problem(503, new MockHttpServletRequest()).getStatus()).isEqualTo(503);
    }

    @Test
    void theDetailSaysWhatThePathTakes() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("Allow", "POST");
        response.setHeader("Accept", "application/json");
        MockHttpServletRequest delete = new MockHttpServletRequest("DELETE", "/api/v1/events");
        MockHttpServletRequest text = new MockHttpServletRequest("POST", "/api/v1/events");
        text.setContentType("text/plain");

        assertThat(ApiErrorsAsProblems.FrameworkProblems.problem(405, delete, response).getDetail())
                .contains("DELETE").contains("takes POST");
        assertThat(ApiErrorsAsProblems.FrameworkProblems.problem(415, text, response).getDetail())
                .contains("application/json").contains("text/plain");
    }

    private static ProblemDetail problem(int status, MockHttpServletRequest request) {
        return ApiErrorsAsProblems.FrameworkProblems.problem(status, request, new MockHttpServletResponse());
    }
}
