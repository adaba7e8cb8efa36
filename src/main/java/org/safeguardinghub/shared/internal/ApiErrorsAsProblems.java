package org.safeguardinghub.shared.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.safeguardinghub.shared.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error answer on the partner API ({@code /api/**}) is an RFC 9457 problem document, also
 * those no API controller gives: the framework's before a handler is chosen (no such path, a
 * method, body type or {@code Accept} the path does not take), the request firewall's, and
 * whatever a filter throws. They all end in {@code sendError} or an exception, which the servlet
 * container would turn into the pages' error page (JSON of another shape, or nothing for a 406);
 * here the error is written as a problem document instead, headers set before it (such as
 * {@code Allow} or {@code WWW-Authenticate}) kept. Answers the API writes itself pass untouched.
 * Registered before the security filters, so their refusals are covered too (ADR 0040).
 */
class ApiErrorsAsProblems extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorsAsProblems.class);

    private final JsonMapper json;

    ApiErrorsAsProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemResponse answer = new ProblemResponse(request, response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.error("API request failed outside its controller", e);
            answer.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** The response, with every error sent on it written as a problem document. */
    private final class ProblemResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            ProblemDetail problem = FrameworkProblems.problem(status, request, this);
            resetBuffer();
            setStatus(status);
            setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            setCharacterEncoding("UTF-8");
            json.writeValue(getOutputStream(), problem);
            flushBuffer();
        }
    }

    /** What a problem of a status the framework sent means for the request that got it. */
    static final class FrameworkProblems {

        private FrameworkProblems() {
        }

        static ProblemDetail problem(int status, HttpServletRequest request, HttpServletResponse response) {
            ApiProblem kind = ApiProblem.forStatus(status)
                    .orElse(status >= 500 ? ApiProblem.SERVER_ERROR : ApiProblem.INVALID_REQUEST);
            ProblemDetail problem = kind.with(detail(kind, request, response));
            // a status the API has no kind of keeps its own code: the type says which family it is of
            problem.setStatus(status);
            return problem;
        }

        static String detail(ApiProblem kind, HttpServletRequest request, HttpServletResponse response) {
            String method = request.getMethod();
            return switch (kind) {
                case NOT_FOUND -> "The partner API has no " + method + " " + request.getRequestURI()
                        + ": its paths are in the API description at /v3/api-docs.";
                case METHOD_NOT_ALLOWED -> "This path does not take " + method + "; it takes "
                        + orElse(response.getHeader("Allow"), "other methods") + ". Nothing was stored.";
                case UNSUPPORTED_MEDIA_TYPE -> "The body must be sent with Content-Type "
                        + orElse(response.getHeader("Accept"), "application/json") + ", not "
                        + orElse(request.getContentType(), "none") + ". Nothing was stored.";
                case NOT_ACCEPTABLE -> "This path answers only in application/json (and problems in "
                        + "application/problem+json); the Accept header (" + orElse(request.getHeader("Accept"), "")
                        + ") allows neither.";
                default -> kind.meaning();
            };
        }

        private static String orElse(String value, String otherwise) {
            return value == null || value.isBlank() ? otherwise : value;
        }
    }
}
