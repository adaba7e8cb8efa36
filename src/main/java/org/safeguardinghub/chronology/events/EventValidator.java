package org.safeguardinghub.chronology.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.FieldError;
import org.safeguardinghub.chronology.NhsNumber;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.chronology.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks one partner event against contract v1 (spec/event-feed.md) and, if it passes, turns it
 * into an {@link IncomingEvent}. Every problem found is reported, each against the field as the
 * partner named it, so a partner can fix an event in one go.
 */
public final class EventValidator {

    static final int MAX_EVENT_ID = 100;
    public static final int MAX_SUMMARY = 1000;
    static final int MAX_DETAILS_CHARS = 64 * 1024;

    /** The outcome for one event: valid, or rejected with its reasons. */
    public sealed interface Validation {
        String eventId();
    }

    public record Valid(IncomingEvent event) implements Validation {
        @Override
        public String eventId() {
            return event.eventId();
        }
    }

    public record Invalid(String eventId, List<FieldError> errors) implements Validation {
    }

    private final Clock clock;

    public EventValidator(Clock clock) {
        this.clock = clock;
    }

    /** A partner's event: everything of contract v1, including its eventId and subject. */
    public Validation validate(JsonNode event) {
        return validate(event, true);
    }

    /**
     * An entry a practitioner records on a child's page: the same rules for what happened, but
     * no eventId or subject, since the child is already known.
     */
    public Validation validateEntry(JsonNode entry) {
        return validate(entry, false);
    }

    private Validation validate(JsonNode event, boolean fromPartner) {
        if (event == null || !event.isObject()) {
            return new Invalid(null, List.of(new FieldError("", "each event must be a JSON object")));
        }
        Fields fields = new Fields(event, "");
        String eventId = fromPartner ? fields.text("eventId", MAX_EVENT_ID, true) : null;
        Subject subject = fromPartner ? subject(event.get("subject"), fields.errors) : null;
        EventType type = fields.oneOf("type", EventType.class, null);
        Instant now = clock.instant();
        Optional<FeedTime> occurred = fields.time("occurredAt", true);
        occurred.filter(t -> t.isAfter(now))
                .ifPresent(t -> fields.errors.add(new FieldError("occurredAt", "must not be in the future")));
        Optional<FeedTime> ended = fields.time("endedAt", false);
        if (occurred.isPresent() && ended.isPresent() && ended.get().asEnd().isBefore(occurred.get().instant())) {
            fields.errors.add(new FieldError("endedAt", "must not be before occurredAt"));
        }
        String summary = fields.text("summary", MAX_SUMMARY, true);
        Significance significance = fields.oneOf("significance", Significance.class, Significance.ROUTINE);
        Sensitivity sensitivity = atLeastFor(type, fields.oneOf("sensitivity",
                fromPartner ? Sensitivity.IN_THE_FEED : List.of(Sensitivity.values()), Sensitivity.STANDARD));
        ObjectNode details = details(event.get("details"), type, fields.errors);
        if (!fields.errors.isEmpty()) {
            return new Invalid(eventId, List.copyOf(fields.errors));
        }
        FeedTime occurredAt = occurred.orElseThrow();
        byte[] hash = fromPartner ? CanonicalJson.sha256(canonicalContent(eventId, subject, type, occurredAt,
                ended.orElse(null), summary, significance, sensitivity, details)) : null;
        return new Valid(new IncomingEvent(eventId, subject, type, occurredAt.instant(), occurredAt.dateOnly(),
                ended.map(FeedTime::asEnd).orElse(null), ended.map(FeedTime::dateOnly).orElse(false), summary,
                significance, sensitivity, details, hash));
    }

    /** Contract v1.1: a sexual-health contact is stored as at least {@code SEXUAL_HEALTH}, whatever was sent. */
    static Sensitivity atLeastFor(EventType type, Sensitivity sent) {
        if (type == EventType.SEXUAL_HEALTH_CONTACT && (sent == null || !sent.isRestricted()
                || sent == Sensitivity.HEALTH)) {
            return Sensitivity.SEXUAL_HEALTH;
        }
        return sent;
    }

    private Subject subject(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("subject", "is required"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("subject", "must be an object"));
            return null;
        }
        Fields fields = new Fields(node, "subject.");
        String nhs = NhsNumber.normalise(fields.text("nhsNumber", 20, false));
        if (nhs != null && !NhsNumber.isValid(nhs)) {
            errors.add(new FieldError("subject.nhsNumber", "must be 10 digits with a valid modulus-11 check digit"));
        }
        String upn = fields.text("upn", 20, false);
        String localId = fields.text("localId", 100, false);
        String given = fields.text("givenName", 100, false);
        String family = fields.text("familyName", 100, false);
        LocalDate dob = fields.date("dateOfBirth");
        if (dob != null && dob.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("subject.dateOfBirth", "must not be in the future"));
        }
        String sex = fields.text("sex", 20, false);
        String postcode = fields.text("postcode", 16, false);
        String address = fields.text("address", 500, false);
        errors.addAll(fields.errors);
        Subject subject = new Subject(nhs, upn, localId, given, family, dob, sex,
                postcode == null ? null : postcode.toUpperCase(Locale.ROOT), address);
        boolean identified = nhs != null || upn != null || localId != null;
        if (!identified && !subject.hasNameAndBirthDate() && fields.errors.isEmpty()) {
            errors.add(new FieldError("subject",
                    "needs givenName, familyName and dateOfBirth, or an identifier (nhsNumber, upn or localId)"));
        }
        return subject;
    }

    private static ObjectNode details(JsonNode node, EventType type, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("details", "must be an object"));
            return null;
        }
        if (containsNul(node)) {
            errors.add(new FieldError("details", "must not contain NUL characters"));
        } else if (CanonicalJson.write(node).length() > MAX_DETAILS_CHARS) {
            errors.add(new FieldError("details", "must be at most " + MAX_DETAILS_CHARS + " characters"));
        }
        if (type != null) {
            DetailRules.check(type, node, errors);
        }
        return (ObjectNode) node;
    }

    private static boolean containsNul(JsonNode node) {
        if (node.isString()) {
            return node.stringValue().indexOf('\0') >= 0;
        }
        for (String name : node.propertyNames()) {
            if (name.indexOf('\0') >= 0 || containsNul(node.get(name))) {
                return true;
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            if (containsNul(node.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode canonicalContent(String eventId, Subject subject, EventType type, FeedTime occurred,
                                               FeedTime ended, String summary, Significance significance,
                                               Sensitivity sensitivity, ObjectNode details) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode s = f.objectNode();
        putIfPresent(s, "nhsNumber", subject.nhsNumber());
        putIfPresent(s, "upn", subject.upn());
        putIfPresent(s, "localId", subject.localId());
        putIfPresent(s, "givenName", subject.givenName());
        putIfPresent(s, "familyName", subject.familyName());
        putIfPresent(s, "dateOfBirth", subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString());
        putIfPresent(s, "sex", subject.sex());
        putIfPresent(s, "postcode", subject.postcode());
        putIfPresent(s, "address", subject.address());
        ObjectNode content = f.objectNode();
        content.put("eventId", eventId);
        content.set("subject", s);
        content.put("type", type.name());
        content.put("occurredAt", occurred.canonical());
        putIfPresent(content, "endedAt", ended == null ? null : ended.canonical());
        content.put("summary", summary);
        content.put("significance", significance.name());
        content.put("sensitivity", sensitivity.name());
        if (details != null) {
            content.set("details", details);
        }
        return content;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
