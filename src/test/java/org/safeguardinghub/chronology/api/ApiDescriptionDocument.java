package org.safeguardinghub.chronology.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API description as committed: object keys sorted at every level and pretty-printed, so the
 * file changes only when the API does; without {@code servers}, which names the host and port it
 * was read from (a deployment's own address, not part of the API).
 */
final class ApiDescriptionDocument {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ApiDescriptionDocument() {
    }

    static String stable(String published) {
        ObjectNode document = (ObjectNode) JSON.readTree(published);
        document.remove("servers");
        return JSON.writeValueAsString(sorted(document)) + "\n";
    }

    static JsonNode read(String text) {
        return JSON.readTree(text);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
