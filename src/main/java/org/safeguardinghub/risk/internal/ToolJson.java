package org.safeguardinghub.risk.internal;

import java.util.Optional;

import org.safeguardinghub.risk.ToolDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool definition as the JSON document an administrator edits and the database keeps. Unknown
 * fields are refused, so a mistyped name is a problem to fix, not a setting silently ignored.
 */
public final class ToolJson {

    private final JsonMapper strict;
    private final JsonMapper stored;

    public ToolJson(JsonMapper json) {
        this.strict = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.INDENT_OUTPUT).build();
        this.stored = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** A definition as kept (a field a later release no longer knows is passed over, not refused). */
    public ToolDefinition readStored(String text) {
        return stored.readValue(text, ToolDefinition.class);
    }

    /** A definition as an administrator gave it, or empty with {@code problem} given the parser's message. */
    public Optional<ToolDefinition> read(String text, java.util.function.Consumer<String> problem) {
        if (text == null || text.isBlank()) {
            problem.accept("empty");
            return Optional.empty();
        }
        try {
            return Optional.of(strict.readValue(text, ToolDefinition.class));
        } catch (JacksonException e) {
            problem.accept(e.getOriginalMessage());
            return Optional.empty();
        }
    }

    public String write(ToolDefinition definition) {
        return strict.writeValueAsString(definition);
    }
}
