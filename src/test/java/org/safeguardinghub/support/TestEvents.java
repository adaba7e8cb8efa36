package org.safeguardinghub.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.safeguardinghub.chronology.NhsNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds partner events in the contract's format, for invented children unique to each test. */
public final class TestEvents {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TestEvents() {
    }

    /** A random, valid NHS number in the 999 range set aside for testing. */
    public static String nhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe",
        "ri", "so", "tu", "vy"};

    /**
     * A family name no other test uses and that looks like no other, so tests never link to each
     * other's children: random syllables, one per hex digit of a random id. (Names sharing a prefix,
     * as "Testchild" followed by digits once did, all sound alike and are near matches.)
     */
    public static String familyName() {
        StringBuilder name = new StringBuilder();
        for (char digit : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            name.append(SYLLABLES[Character.digit(digit, 16)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static ObjectNode subject(String givenName, String familyName, String dateOfBirth) {
        ObjectNode subject = F.objectNode();
        subject.put("givenName", givenName);
        subject.put("familyName", familyName);
        subject.put("dateOfBirth", dateOfBirth);
        return subject;
    }

    public static ObjectNode event(String eventId, ObjectNode subject, String type, String occurredAt) {
        ObjectNode event = F.objectNode();
        event.put("eventId", eventId);
        event.set("subject", subject.deepCopy());
        event.put("type", type);
        event.put("occurredAt", occurredAt);
        event.put("summary", "Test " + type + " " + eventId);
        return event;
    }

    public static String batch(JsonNode... events) {
        ObjectNode batch = F.objectNode();
        ArrayNode list = batch.putArray("events");
        for (JsonNode event : events) {
            list.add(event);
        }
        return batch.toString();
    }
}
