package org.safeguardinghub.chronology.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.FieldError;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.shared.DateInput;
import org.safeguardinghub.shared.HubTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form for recording or correcting a chronology entry. It becomes an entry in the event-feed
 * format, so practitioners' entries obey exactly the rules partners' events do.
 */
public class EntryForm {

    /** Which form field each rule of the event format is shown against, and the message for it. */
    private static final Map<String, String[]> FIELDS = Map.of(
            "type", new String[] {"type", "entry.error.type"},
            "occurredAt", new String[] {"occurred", "entry.error.occurred"},
            "endedAt", new String[] {"ended", "entry.error.ended"},
            "summary", new String[] {"summary", "entry.error.summary"},
            "significance", new String[] {"significance", "entry.error.significance"},
            "sensitivity", new String[] {"sensitivity", "entry.error.sensitivity"},
            "reason", new String[] {"reason", "entry.error.reason"});

    private EventType type;
    private String occurredDay;
    private String occurredMonth;
    private String occurredYear;
    private String occurredTime;
    private String endedDay;
    private String endedMonth;
    private String endedYear;
    private String endedTime;
    private String summary;
    private Significance significance = Significance.ROUTINE;
    private Sensitivity sensitivity = Sensitivity.STANDARD;
    private String note;
    private String reason;
    private int version;
    private String existingDetails;

    /** The form filled from an entry, for correcting it. */
    static EntryForm of(ChronologyEntry entry, JsonMapper json) {
        EntryForm form = new EntryForm();
        form.type = entry.type();
        DateInput occurred = DateInput.of(LocalDate.ofInstant(entry.occurredAt(), HubTime.ZONE));
        form.occurredDay = occurred.day();
        form.occurredMonth = occurred.month();
        form.occurredYear = occurred.year();
        form.occurredTime = entry.occurredDateOnly() ? null : time(entry.occurredAt());
        if (entry.endedAt() != null) {
            DateInput ended = DateInput.of(LocalDate.ofInstant(entry.endedAt(), HubTime.ZONE));
            form.endedDay = ended.day();
            form.endedMonth = ended.month();
            form.endedYear = ended.year();
            form.endedTime = entry.endedDateOnly() ? null : time(entry.endedAt());
        }
        form.summary = entry.summary();
        form.significance = entry.significance();
        form.sensitivity = entry.sensitivity();
        form.existingDetails = entry.detailsJson();
        if (entry.detailsJson() != null) {
            JsonNode note = json.readTree(entry.detailsJson()).get("note");
            form.note = note != null && note.isString() ? note.stringValue() : null;
        }
        form.version = entry.version();
        return form;
    }

    /** A correction keeps the entry's other details (those partners sent); the form edits only the note. */
    void keepDetailsOf(ChronologyEntry entry) {
        existingDetails = entry.detailsJson();
    }

    private static String time(java.time.Instant instant) {
        return LocalTime.ofInstant(instant, HubTime.ZONE).withSecond(0).withNano(0).toString();
    }

    /** Problems the form itself can see (dates and times that are not real); keyed by field. */
    Map<String, String> formErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        DateInput occurred = new DateInput(occurredDay, occurredMonth, occurredYear);
        if (occurred.isBlank()) {
            errors.put("occurred", "entry.error.occurred");
        } else if (occurred.error() != null) {
            errors.put("occurred", occurred.error());
        }
        Optional.ofNullable(new DateInput(endedDay, endedMonth, endedYear).error()).ifPresent(e -> errors.put("ended", e));
        if (parseTime(occurredTime).isEmpty() && !blank(occurredTime)) {
            errors.put("occurredTime", "entry.error.time");
        }
        if (parseTime(endedTime).isEmpty() && !blank(endedTime)) {
            errors.put("endedTime", "entry.error.time");
        }
        return errors;
    }

    /** The rule problems found by the event format, shown against this form's fields. */
    static Map<String, String> ruleErrors(List<FieldError> errors) {
        Map<String, String> mapped = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String[] field = FIELDS.getOrDefault(error.field(), new String[] {"note", "entry.error.note"});
            mapped.putIfAbsent(field[0], field[1]);
        }
        return mapped;
    }

    /** The entry in the event-feed format; call only when {@link #formErrors()} is empty. */
    ObjectNode toEntry(JsonMapper json) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode entry = f.objectNode();
        if (type != null) {
            entry.put("type", type.name());
        }
        entry.put("occurredAt", when(new DateInput(occurredDay, occurredMonth, occurredYear), occurredTime));
        DateInput ended = new DateInput(endedDay, endedMonth, endedYear);
        if (!ended.isBlank()) {
            entry.put("endedAt", when(ended, endedTime));
        }
        if (summary != null) {
            entry.put("summary", summary);
        }
        entry.put("significance", significance == null ? Significance.ROUTINE.name() : significance.name());
        entry.put("sensitivity", sensitivity == null ? Sensitivity.STANDARD.name() : sensitivity.name());
        ObjectNode details = existingDetails == null ? f.objectNode() : (ObjectNode) json.readTree(existingDetails);
        if (blank(note)) {
            details.remove("note");
        } else {
            details.put("note", note.strip());
        }
        if (!details.isEmpty()) {
            entry.set("details", details);
        }
        return entry;
    }

    private static String when(DateInput date, String time) {
        LocalDate day = date.date().orElseThrow();
        return parseTime(time).map(t -> day.atTime(t).atZone(HubTime.ZONE).toOffsetDateTime().toString())
                .orElse(day.toString());
    }

    private static Optional<LocalTime> parseTime(String time) {
        if (blank(time)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public String getOccurredDay() {
        return occurredDay;
    }

    public void setOccurredDay(String occurredDay) {
        this.occurredDay = occurredDay;
    }

    public String getOccurredMonth() {
        return occurredMonth;
    }

    public void setOccurredMonth(String occurredMonth) {
        this.occurredMonth = occurredMonth;
    }

    public String getOccurredYear() {
        return occurredYear;
    }

    public void setOccurredYear(String occurredYear) {
        this.occurredYear = occurredYear;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getEndedDay() {
        return endedDay;
    }

    public void setEndedDay(String endedDay) {
        this.endedDay = endedDay;
    }

    public String getEndedMonth() {
        return endedMonth;
    }

    public void setEndedMonth(String endedMonth) {
        this.endedMonth = endedMonth;
    }

    public String getEndedYear() {
        return endedYear;
    }

    public void setEndedYear(String endedYear) {
        this.endedYear = endedYear;
    }

    public String getEndedTime() {
        return endedTime;
    }

    public void setEndedTime(String endedTime) {
        this.endedTime = endedTime;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Significance getSignificance() {
        return significance;
    }

    public void setSignificance(Significance significance) {
        this.significance = significance;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    public void setSensitivity(Sensitivity sensitivity) {
        this.sensitivity = sensitivity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
