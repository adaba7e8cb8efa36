package org.safeguardinghub.chronology.events;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * The type-specific {@code details} fields of contract v1 whose form the contract fixes: listed
 * values, yes/no flags, counts, lists and times. Free-text fields and fields the contract does
 * not name are kept as sent, never rejected.
 */
final class DetailRules {

    private sealed interface Rule {
        String check(JsonNode value);
    }

    private record OneOf(Set<String> values) implements Rule {
        public String check(JsonNode value) {
            return value.isString() && values.contains(value.stringValue()) ? null
                    : "must be one of " + String.join(", ", values.stream().sorted().toList());
        }
    }

    private record Flag() implements Rule {
        public String check(JsonNode value) {
            return value.isBoolean() ? null : "must be true or false";
        }
    }

    private record Amount() implements Rule {
        public String check(JsonNode value) {
            return value.isNumber() && value.doubleValue() >= 0 ? null : "must be a number, zero or more";
        }
    }

    private record ListOf() implements Rule {
        public String check(JsonNode value) {
            return value.isArray() ? null : "must be a list";
        }
    }

    private record Time() implements Rule {
        public String check(JsonNode value) {
            if (!value.isString() || FeedTime.parse(value.stringValue()).isEmpty()) {
                return "must be an ISO-8601 date, or date-time with offset";
            }
            return FeedTime.plausible(FeedTime.parse(value.stringValue()).get().date()) ? null : FeedTime.OUT_OF_RANGE;
        }
    }

    private static final Rule FLAG = new Flag();
    private static final Rule AMOUNT = new Amount();
    private static final Rule LIST = new ListOf();
    private static final Rule TIME = new Time();

    /** Per type, the fields whose form the contract fixes (free text has no rule). */
    private static final Map<EventType, Map<String, Rule>> RULES = rules();

    private DetailRules() {
    }

    private static Map<EventType, Map<String, Rule>> rules() {
        Map<EventType, Map<String, Rule>> rules = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            Map<String, Rule> byField = new TreeMap<>();
            DetailFields.of(type).stream().filter(f -> rule(f) != null).forEach(f -> byField.put(f.name(), rule(f)));
            rules.put(type, byField);
        }
        return rules;
    }

    private static Rule rule(DetailFields.Field field) {
        return switch (field.kind()) {
            case FLAG -> FLAG;
            case AMOUNT -> AMOUNT;
            case LIST -> LIST;
            case TIME -> TIME;
            case ONE_OF -> new OneOf(Set.copyOf(field.values()));
            case TEXT -> null;
        };
    }

    static void check(EventType type, JsonNode details, List<FieldError> errors) {
        RULES.get(type).forEach((field, rule) -> {
            JsonNode value = details.get(field);
            if (value != null && !value.isNull()) {
                String problem = rule.check(value);
                if (problem != null) {
                    errors.add(new FieldError("details." + field, problem));
                }
            }
        });
    }
}
