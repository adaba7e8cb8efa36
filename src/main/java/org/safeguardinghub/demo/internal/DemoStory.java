package org.safeguardinghub.demo.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One demo child's story, as written in {@code demo/children/*.json}: batches of partner events in
 * the event-feed format, the professional network and the family. Stories are written as of an
 * anchor date; every date in them moves by the same number of days so the story ends recently
 * (and ages, return-interview delays and the like stay as written).
 */
record DemoStory(String name, List<Batch> batches, List<Member> network, List<Relative> family) {

    record Batch(String agency, List<JsonNode> events) {
    }

    record Member(String agency, String practitioner, String role, LocalDate from, LocalDate to, boolean allocated) {
    }

    record Relative(String name, String relationship, boolean livesWith, LocalDate dateOfBirth, String notes) {
    }

    /** The event fields that hold times, at the top level and in {@code details}. */
    private static final Set<String> TIME_FIELDS = Set.of("occurredAt", "endedAt", "offeredAt", "completedAt");

    static DemoStory read(String name, JsonNode story, LocalDate today) {
        long shift = ChronoUnit.DAYS.between(LocalDate.parse(story.get("anchor").stringValue()), today);
        List<Batch> batches = new ArrayList<>();
        for (JsonNode batch : story.get("batches")) {
            List<JsonNode> events = new ArrayList<>();
            for (JsonNode event : batch.get("events")) {
                ObjectNode copy = (ObjectNode) event.deepCopy();
                shiftTimes(copy, shift);
                if (copy.get("details") instanceof ObjectNode details) {
                    shiftTimes(details, shift);
                }
                if (copy.get("subject") instanceof ObjectNode subject && subject.hasNonNull("dateOfBirth")) {
                    subject.put("dateOfBirth", shift(subject.get("dateOfBirth").stringValue(), shift));
                }
                events.add(copy);
            }
            batches.add(new Batch(batch.get("agency").stringValue(), events));
        }
        List<Member> network = new ArrayList<>();
        for (JsonNode m : story.path("network")) {
            network.add(new Member(m.get("agency").stringValue(), m.get("practitioner").stringValue(),
                    text(m, "role"), date(m, "from", shift), date(m, "to", shift), m.path("allocated").asBoolean(false)));
        }
        List<Relative> family = new ArrayList<>();
        for (JsonNode f : story.path("family")) {
            family.add(new Relative(f.get("name").stringValue(), f.get("relationship").stringValue(),
                    f.path("livesWith").asBoolean(false), date(f, "dateOfBirth", shift), text(f, "notes")));
        }
        return new DemoStory(name, batches, network, family);
    }

    private static void shiftTimes(ObjectNode node, long days) {
        for (String field : TIME_FIELDS) {
            if (node.hasNonNull(field) && node.get(field).isString()) {
                node.put(field, shift(node.get(field).stringValue(), days));
            }
        }
    }

    /** Moves an ISO date, or date-time with offset, by whole days. */
    static String shift(String time, long days) {
        try {
            return time.length() == 10 ? LocalDate.parse(time).plusDays(days).toString()
                    : OffsetDateTime.parse(time).plusDays(days).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Demo story has an unreadable time: " + time, e);
        }
    }

    private static LocalDate date(JsonNode node, String field, long shift) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).stringValue()).plusDays(shift) : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).stringValue() : null;
    }
}
