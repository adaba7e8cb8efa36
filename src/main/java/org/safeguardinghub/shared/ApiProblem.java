package org.safeguardinghub.shared;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem the partner API answers with (RFC 9457), each with its own {@code type} URI
 * so a partner's system can tell them apart without reading the English {@code detail}. The URIs
 * identify; they are described in the published API description (docs/openapi.json, ADR 0031).
 */
public enum ApiProblem {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request",
            "The request is not one the API accepts (not JSON, not a batch of 1 to 1000 events, a bad parameter); nothing was stored."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated",
            "No valid bearer token: get one from POST /oauth2/token with the client's credentials."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "The token is not a partner system's client credentials."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found",
            "No such child, or one the caller's agency may not see: the two are answered alike."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
            "The path does not take this method; the Allow header lists those it takes. Nothing was stored."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
            "The Accept header allows nothing the API answers in: it answers application/json, and problems as application/problem+json."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
            "The body is not sent as application/json (Content-Type); the Accept header of the answer says what is. Nothing was stored."),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
            "The body is larger than the feed accepts (safeguarding.feed.max-body-bytes); nothing was stored. Send smaller batches."),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
            "Something failed in the hub; nothing from the request was stored and retrying is safe.");

    /** Where every problem type's URI starts. */
    public static final String BASE = "https://safeguardinghub.org/problems/";

    private final HttpStatus status;
    private final URI type;
    private final String meaning;

    ApiProblem(HttpStatus status, String slug, String meaning) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.meaning = meaning;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    /** What the problem means, for the API description. */
    public String meaning() {
        return meaning;
    }

    /** A problem document of this kind with the given detail. */
    public ProblemDetail with(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** The kind a framework-made problem of this status is, if the API names one. */
    public static Optional<ApiProblem> forStatus(int status) {
        return Arrays.stream(values()).filter(p -> p.status.value() == status).findFirst();
    }
}
