package org.safeguardinghub.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem document. Only for JSON controllers (the partner API):
 * web pages show their own error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
        return problem(ApiProblem.INVALID_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(ApiProblem.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("API request failed", e);
        return problem(ApiProblem.SERVER_ERROR, "Nothing from this request was stored. Retrying is safe.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ApiProblem.INVALID_REQUEST.with(
                "The body is not valid JSON, so nothing was stored."));
    }

    /** The framework's own problems that reach here (a bad parameter, say) get the type URI of their status too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // the framework leaves the type out (null) or says about:blank: either way the API names it
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            ApiProblem.forStatus(status.value()).ifPresent(kind -> problem.setType(kind.type()));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    static ResponseEntity<ProblemDetail> problem(ApiProblem kind, String detail) {
        return ResponseEntity.status(kind.status()).body(kind.with(detail));
    }

    /** Something does not exist, or the caller may not see it: the two are answered alike. */
    public static class NotFound extends RuntimeException {
        public NotFound(String detail) {
            super(detail);
        }
    }
}
