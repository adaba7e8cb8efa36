package org.safeguardinghub.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** Consonants Double Metaphone codes as eight different sounds (P, T, F, K, L, M, N, R), whatever vowel follows. */
    private static final String DISTINCT_SOUNDS = "bdfklmnr";
    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";

    /** How many family names this test run has made: the first 4,096 sound unlike each other. */
    private static final AtomicInteger FAMILY_NAMES = new AtomicInteger();

    /**
     * A family name no other test uses and that looks and sounds like no other, so tests never link
     * to each other's children, which share given names and dates of birth. The first four
     * consonants spell this run's count of names in sounds Double Metaphone tells apart, scrambled so
     * that names made one after another do not begin alike (a shared beginning counts for much in
     * Jaro–Winkler); the vowels and four more syllables are random. Wholly random syllables from
     * sixteen once gave two names in about 15,000 the same four-sound Metaphone code, and the
     * matcher linked those two children, as it should with the same given name and date of birth
     * (one test then found its child in another's network); names from a counter alone began alike
     * and were linked by Jaro–Winkler. Measured: 1 link in 2,000,000 pairs of these names.
     */
    public static String familyName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // an odd multiplier permutes 0..4095; the golden ratio's spreads neighbouring counts apart
        int sounds = (int) ((FAMILY_NAMES.getAndIncrement() * 2_654_435_761L) & 0xFFF);
        StringBuilder name = new StringBuilder();
        for (int place = 3; place >= 0; place--) {
            name.append(DISTINCT_SOUNDS.charAt((sounds >> (3 * place)) & 7)).append(VOWELS.charAt(random.nextInt(5)));
        }
        for (int syllable = 0; syllable < 4; syllable++) {
            name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(5)));
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
