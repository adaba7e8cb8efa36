package org.safeguardinghub.shared.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.safeguardinghub.shared.ApiProblem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The error answers of every partner API operation in the API description: RFC 9457 problem
 * documents ({@code application/problem+json}) whose {@code type} names the problem
 * ({@link ApiProblem}). Which apply depends on the operation: a body can be unreadable or too
 * large or of the wrong type, a child's id can name no child the caller may see. Errors that belong
 * to no operation (a path the API does not have, a method a path does not take) are problem
 * documents too (ApiErrorsAsProblems): their kinds are among the schemas and the description says so.
 */
@Component
class ProblemResponsesDescription implements OpenApiCustomizer {

    static final String FEED = "/api/v1/events";

    /** What the operations' responses cannot say: errors answered before any operation is chosen. */
    static final String NO_OPERATION = "A path the API does not have is answered 404 (" + ApiProblem.NOT_FOUND.type()
            + ") and a method a path does not take 405 (" + ApiProblem.METHOD_NOT_ALLOWED.type()
            + ", with an Allow header), each as a problem document.";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas("Problem", problemSchema());
        for (ApiProblem kind : ApiProblem.values()) {
            api.getComponents().addSchemas(schemaName(kind), new Schema<>().allOf(List.of(
                    new Schema<>().$ref("#/components/schemas/Problem"),
                    typed("object")
                            .addProperty("type", typed("string").format("uri")._enum(List.of(kind.type().toString())))
                            .addProperty("status", typed("integer")._enum(List.of(kind.status().value()))))));
        }
        api.getInfo().setDescription(api.getInfo().getDescription() + " " + NO_OPERATION);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(path, operation)));
    }

    private static void describe(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.keySet().removeIf(code -> code.startsWith("4") || code.startsWith("5"));
        for (ApiProblem kind : applicable(path, operation)) {
            responses.addApiResponse(String.valueOf(kind.status().value()), new ApiResponse()
                    .description(kind.meaning())
                    .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schemaName(kind))))));
        }
    }

    static List<ApiProblem> applicable(String path, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        List<ApiProblem> kinds = new ArrayList<>();
        if (body || parameters) {
            kinds.add(ApiProblem.INVALID_REQUEST);
        }
        kinds.add(ApiProblem.UNAUTHENTICATED);
        kinds.add(ApiProblem.FORBIDDEN);
        if (path.contains("{")) {
            kinds.add(ApiProblem.NOT_FOUND);
        }
        // every operation answers JSON only; one with a body takes it as JSON only
        kinds.add(ApiProblem.NOT_ACCEPTABLE);
        if (body) {
            kinds.add(ApiProblem.UNSUPPORTED_MEDIA_TYPE);
        }
        if (path.equals(FEED)) {
            kinds.add(ApiProblem.BODY_TOO_LARGE);
        }
        kinds.add(ApiProblem.SERVER_ERROR);
        return kinds;
    }

    static String schemaName(ApiProblem kind) {
        StringBuilder name = new StringBuilder();
        for (String word : kind.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.append("Problem").toString();
    }

    /** A schema of the JSON type (OpenAPI 3.1 reads {@code types}; 3.0 {@code type}). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema typed(String type) {
        return new Schema<>().type(type).types(java.util.Set.of(type));
    }

    private static Schema<?> problemSchema() {
        return typed("object").description("An RFC 9457 problem document")
                .addProperty("type", typed("string").format("uri").description("names the kind of problem"))
                .addProperty("title", typed("string"))
                .addProperty("status", typed("integer"))
                .addProperty("detail", typed("string").description("what went wrong, for a person"))
                .addProperty("instance", typed("string").format("uri"))
                .required(List.of("type", "status"));
    }
}
