package org.safeguardinghub.chronology.events;

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

    private static final Map<EventType, Map<String, Rule>> RULES = Map.of(
            EventType.CONTACT, Map.of("categories", LIST),
            EventType.MISSING_EPISODE, Map.of(
                    "from", new OneOf(Set.of("HOME", "CARE", "EDUCATION")),
                    "reportedToPolice", FLAG,
                    // NO_APPARENT_RISK is the older grade, still accepted and kept as sent
                    "riskGrading", new OneOf(Set.of("HIGH", "MEDIUM", "LOW", "VERY_LOW", "NO_APPARENT_RISK"))),
            EventType.RETURN_INTERVIEW, Map.of("offeredAt", TIME, "completedAt", TIME, "declined", FLAG),
            EventType.ED_ATTENDANCE, Map.of("injury", FLAG),
            EventType.SELF_HARM, Map.of("medicalTreatment", FLAG),
            EventType.SCHOOL_EXCLUSION, Map.of("kind", new OneOf(Set.of("FIXED", "PERMANENT")), "days", AMOUNT),
            EventType.SCHOOL_ABSENCE, Map.of("minutes", AMOUNT),
            EventType.EXPLOITATION_CONCERN, Map.of("indicators", LIST, "personsOfConcern", LIST, "locations", LIST),
            EventType.RESTRAINT, Map.of("durationMinutes", AMOUNT, "injury", FLAG));

    private DetailRules() {
    }

    static void check(EventType type, JsonNode details, List<FieldError> errors) {
        new TreeMap<>(RULES.getOrDefault(type, Map.of())).forEach((field, rule) -> {
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
