package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.EventType;
import tools.jackson.databind.JsonNode;

/**
 * The committed API description (docs/openapi.json, which {@link PublishedApiDescriptionIT} keeps
 * equal to what the application publishes) says exactly what the partner contract
 * (../shared/spec/event-feed.md, with its v1.1 additions) says: the event fields and which are
 * required, the types, each type's details fields with their lists, flags and listed values, the
 * result statuses and match values.
 */
class ApiDescriptionMatchesContractTest {

    static FeedContract contract;
    static JsonNode schemas;

    @BeforeAll
    static void read() throws IOException {
        contract = FeedContract.read();
        schemas = ApiDescriptionDocument.read(Files.readString(PublishedApiDescriptionIT.DOCUMENT, StandardCharsets.UTF_8))
                .get("components").get("schemas");
    }

    static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        if (object != null) {
            names.addAll(object.propertyNames());
        }
        return names;
    }

    static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        return type == null ? null : type.isArray() ? type.get(0).asString() : type.asString();
    }

    static JsonNode schema(String ref) {
        return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void theContractIsReadWhole() {
        assertThat(contract.types()).hasSize(17).containsKeys("CONTACT", "NOTE");
        assertThat(contract.eventFields()).containsEntry("eventId", true).containsEntry("endedAt", false);
        assertThat(contract.types().get("MISSING_EPISODE").get("riskGrading").values()).contains("NO_APPARENT_RISK");
        assertThat(contract.types().get("CONTACT").get("categories").values()).as("examples are not a list of values").isEmpty();
    }

    @Test
    void everyEventFieldAndWhichAreRequired() {
        JsonNode fields = schemas.get("EventFields");
        assertThat(names(fields.get("properties"))).isEqualTo(new TreeSet<>(contract.eventFields().keySet()));
        Set<String> required = new TreeSet<>();
        contract.eventFields().forEach((name, isRequired) -> {
            if (isRequired) {
                required.add(name);
            }
        });
        assertThat(new TreeSet<>(values(fields.get("required")))).isEqualTo(required);
        contract.eventEnums().forEach((name, listed) ->
                assertThat(values(fields.get("properties").get(name).get("enum"))).as(name).isEqualTo(listed));
        assertThat(values(fields.get("properties").get("type").get("enum"))).isEqualTo(contract.types().keySet());
    }

    @Test
    void oneSchemaPerTypeWithItsDetailsChosenByType() {
        JsonNode event = schemas.get("Event");
        assertThat(event.get("discriminator").get("propertyName").asString()).isEqualTo("type");
        assertThat(names(event.get("discriminator").get("mapping"))).isEqualTo(new TreeSet<>(contract.types().keySet()));
        assertThat(event.get("oneOf")).hasSize(contract.types().size());
        assertThat(schemas.get("EventBatch").get("properties").get("events").get("items").get("$ref").asString())
                .isEqualTo("#/components/schemas/Event");
        contract.types().forEach((type, fields) -> {
            JsonNode typed = schema(event.get("discriminator").get("mapping").get(type).asString());
            JsonNode own = typed.get("allOf").get(1).get("properties");
            assertThat(values(own.get("type").get("enum"))).containsExactly(type);
            JsonNode details = schema(own.get("details").get("$ref").asString());
            assertThat(names(details.get("properties"))).as(type).isEqualTo(new TreeSet<>(fields.keySet()));
            assertThat(details.get("required")).as("every details field is optional").isNull();
            assertThat(details.get("additionalProperties").asBoolean()).as("unknown fields are kept").isTrue();
            fields.forEach((name, field) -> assertDetail(type + "." + name, details.get("properties").get(name), field));
        });
    }

    static void assertDetail(String where, JsonNode property, FeedContract.DetailField field) {
        if (field.list()) {
            assertThat(type(property)).as(where).isEqualTo("array");
        }
        if (field.flag()) {
            assertThat(type(property)).as(where).isEqualTo("boolean");
        }
        if (!field.values().isEmpty()) {
            assertThat(values(property.get("enum"))).as(where).isEqualTo(field.values());
        } else {
            assertThat(property.get("enum")).as(where + " lists no values the contract does not").isNull();
        }
    }

    @Test
    void resultStatusesAndMatchValuesAreTheContractsEnums() {
        JsonNode result = schemas.get("EventResult").get("properties");
        assertThat(values(result.get("status").get("enum"))).isEqualTo(contract.statuses());
        JsonNode match = result.get("match");
        JsonNode matchEnum = match.has("$ref") ? schema(match.get("$ref").asString()).get("enum") : match.get("enum");
        assertThat(values(matchEnum)).isEqualTo(contract.matches());
        assertThat(contract.types().keySet()).containsExactly(java.util.Arrays.stream(EventType.values())
                .map(Enum::name).toArray(String[]::new));
    }

    @Test
    void everyErrorIsAProblemDocumentWithItsType() {
        JsonNode paths = ApiDescriptionDocument.read(readQuietly()).get("paths");
        paths.propertyNames().forEach(path -> paths.get(path).propertyNames().forEach(method -> {
            JsonNode responses = paths.get(path).get(method).get("responses");
            assertThat(responses.propertyNames()).as(method + " " + path).contains("401", "403", "406", "500");
            responses.propertyNames().stream().filter(code -> code.startsWith("4") || code.startsWith("5")).forEach(code -> {
                JsonNode problem = responses.get(code).get("content").get("application/problem+json");
                assertThat(problem).as(method + " " + path + " " + code).isNotNull();
                JsonNode kind = schema(problem.get("schema").get("$ref").asString()).get("allOf").get(1).get("properties");
                assertThat(kind.get("type").get("enum").get(0).asString()).startsWith("https://safeguardinghub.org/problems/");
                assertThat(kind.get("status").get("enum").get(0).asString()).isEqualTo(code);
            });
        }));
        assertThat(paths.get("/api/v1/events").get("post").get("responses").propertyNames()).contains("400", "413", "415");
    }

    /** Errors that belong to no operation (an unknown path, a wrong method) are still described, with their types. */
    @Test
    void theProblemsOfNoOperationAreDescribedToo() {
        JsonNode document = ApiDescriptionDocument.read(readQuietly());
        assertThat(document.get("info").get("description").asString())
                .contains("https://safeguardinghub.org/problems/not-found", "https://safeguardinghub.org/problems/method-not-allowed");
        assertThat(schemas.propertyNames()).contains("MethodNotAllowedProblem", "NotAcceptableProblem",
                "UnsupportedMediaTypeProblem");
    }

    static String readQuietly() {
        try {
            return Files.readString(PublishedApiDescriptionIT.DOCUMENT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
