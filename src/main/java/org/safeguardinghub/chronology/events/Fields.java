package org.safeguardinghub.chronology.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.chronology.FieldError;
import tools.jackson.databind.JsonNode;

/** Reads the fields of one JSON object, collecting every problem rather than stopping at the first. */
final class Fields {

    private final JsonNode node;
    private final String prefix;
    final List<FieldError> errors = new ArrayList<>();

    Fields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** A string field, stripped; blank counts as absent. */
    String text(String name, int maxLength, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        if (!value.isString()) {
            error(name, "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.length() > maxLength) {
            error(name, "must be at most " + maxLength + " characters");
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            error(name, "must not contain NUL characters");
            return null;
        }
        return text;
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type, E defaultValue) {
        return oneOf(name, List.of(type.getEnumConstants()), defaultValue);
    }

    /** One of {@code constants} by name; anything else is a problem naming them. */
    <E extends Enum<E>> E oneOf(String name, List<E> constants, E defaultValue) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (defaultValue == null) {
                error(name, "is required");
            }
            return defaultValue;
        }
        if (value.isString()) {
            for (E constant : constants) {
                if (constant.name().equals(value.stringValue())) {
                    return constant;
                }
            }
        }
        error(name, "must be one of " + String.join(", ", constants.stream().map(Enum::name).toList()));
        return defaultValue;
    }

    Optional<FeedTime> time(String name, boolean required) {
        String text = text(name, 40, required);
        if (text == null) {
            return Optional.empty();
        }
        Optional<FeedTime> time = FeedTime.parse(text);
        if (time.isEmpty()) {
            error(name, "must be an ISO-8601 date, or date-time with offset (e.g. 2015-02-14T20:05:00Z)");
        }
        return time;
    }

    LocalDate date(String name) {
        String text = text(name, 40, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(name, "must be an ISO-8601 date (e.g. 2002-03-14)");
            return null;
        }
    }

    private void error(String name, String message) {
        errors.add(new FieldError(prefix + name, message));
    }
}
