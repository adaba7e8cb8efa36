package org.safeguardinghub.chronology.events;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.chronology.EventType;

/**
 * Every type's {@code details} fields as contract v1 (spec/event-feed.md, "Types and their
 * details") names them: one list that both the feed's checks ({@link DetailRules}) and the
 * published API description read, so the two cannot drift apart. All are optional; fields the
 * contract does not name are kept as sent.
 */
public final class DetailFields {

    /** The form the contract fixes for a field; {@code TEXT} is free text kept as sent. */
    public enum Kind { TEXT, FLAG, AMOUNT, LIST, TIME, ONE_OF }

    /** One named field; {@code values} only for {@code ONE_OF}. */
    public record Field(String name, Kind kind, List<String> values) {
        static Field of(String name, Kind kind) {
            return new Field(name, kind, List.of());
        }

        static Field oneOf(String name, String... values) {
            return new Field(name, Kind.ONE_OF, List.of(values));
        }
    }

    private static final Map<EventType, List<Field>> FIELDS = new EnumMap<>(EventType.class);

    static {
        put(EventType.CONTACT, text("concern"), text("referrerName"), text("referrerRole"), Field.of("categories", Kind.LIST));
        put(EventType.MISSING_EPISODE, Field.oneOf("from", "HOME", "CARE", "EDUCATION"), flag("reportedToPolice"),
                // NO_APPARENT_RISK is the older grade, still accepted and kept as sent
                Field.oneOf("riskGrading", "HIGH", "MEDIUM", "LOW", "VERY_LOW", "NO_APPARENT_RISK"),
                text("foundAt"), text("foundWith"));
        put(EventType.RETURN_INTERVIEW, text("missingEventId"), Field.of("offeredAt", Kind.TIME),
                Field.of("completedAt", Kind.TIME), flag("declined"));
        put(EventType.ED_ATTENDANCE, text("reason"), flag("injury"), text("accompaniedBy"));
        put(EventType.HEALTH_CONTACT, text("service"), text("reason"));
        put(EventType.SEXUAL_HEALTH_CONTACT, text("reason"));
        put(EventType.SELF_HARM, text("method"), flag("medicalTreatment"));
        put(EventType.SUBSTANCE_MISUSE, text("substances"));
        put(EventType.SCHOOL_EXCLUSION, Field.oneOf("kind", "FIXED", "PERMANENT"), amount("days"));
        put(EventType.SCHOOL_ABSENCE, amount("minutes"));
        put(EventType.POLICE_INCIDENT, text("role"), text("offence"));
        put(EventType.ARREST, text("offence"));
        put(EventType.DISCLOSURE, text("about"), text("toWhom"));
        put(EventType.EXPLOITATION_CONCERN, Field.of("indicators", Kind.LIST), Field.of("personsOfConcern", Kind.LIST),
                Field.of("locations", Kind.LIST));
        put(EventType.RESTRAINT, text("technique"), amount("durationMinutes"), flag("injury"), text("setting"));
        put(EventType.PLACEMENT_CHANGE, text("placementType"), text("area"));
        put(EventType.NOTE);
    }

    private DetailFields() {
    }

    /** The fields the contract names for the type, in the contract's order. */
    public static List<Field> of(EventType type) {
        return FIELDS.get(type);
    }

    private static void put(EventType type, Field... fields) {
        FIELDS.put(type, List.of(fields));
    }

    private static Field text(String name) {
        return Field.of(name, Kind.TEXT);
    }

    private static Field flag(String name) {
        return Field.of(name, Kind.FLAG);
    }

    private static Field amount(String name) {
        return Field.of(name, Kind.AMOUNT);
    }
}
