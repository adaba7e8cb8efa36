package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.missing.Report;
import org.safeguardinghub.missing.ReturnInterview;
import org.safeguardinghub.missing.RiskGrading;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts what the forms record in the child's chronology, so that the chronology, its exports and
 * counters, the exploitation screening and partners reading the chronology see it: an episode as a
 * {@code MISSING_EPISODE} once it has ended (with its start and end, as partners send them), what the
 * child disclosed on return as a {@code DISCLOSURE} at the sensitivity of the child's own words, and
 * a return interview as a {@code RETURN_INTERVIEW} naming the episode it follows. Each entry carries
 * the id of what it was written from ({@link EntryDetails}), so it is not taken in twice.
 */
@Component
public class EpisodeEntries {

    private final ChronologyEntries entries;
    private final MessageSource messages;

    EpisodeEntries(ChronologyEntries entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    /** The ended episode as this report tells it; returns the entry's id. */
    public UUID episode(Report report, Agency agency, Actor.Person by) {
        Map<String, Object> details = new LinkedHashMap<>();
        put(details, "from", report.from() == null ? null : report.from().name());
        put(details, "absence", report.absence() == null ? null : report.absence().name());
        put(details, "reportedToPolice", report.reportedToPolice());
        put(details, "policeReference", report.policeReference());
        put(details, "riskGrading", report.grading() == null ? null : report.grading().name());
        put(details, "foundAt", report.foundAt());
        put(details, "foundWith", report.foundWith());
        put(details, "injuries", report.injuries());
        put(details, "intoxicated", report.intoxicated());
        details.put(EntryDetails.REPORT, report.id().toString());
        Duration length = report.duration(report.endedAt());
        String summary = text("missing.entry.episode", text("missing.from." + (report.from() == null ? "UNKNOWN"
                : report.from())), agency.name(), length.toHours(), length.toMinutesPart(),
                report.foundAt() == null ? "" : text("missing.entry.foundAt", report.foundAt()));
        Significance significance = report.grading() == RiskGrading.HIGH ? Significance.CRITICAL : Significance.SIGNIFICANT;
        return entries.record(report.child(), agency.id(), ChronologyEntries.Author.practitioner(by.username()),
                new NewEvent(EventType.MISSING_EPISODE, report.startedAt(), report.endedAt(), summary, significance,
                        Sensitivity.STANDARD, details));
    }

    /** What the child disclosed on return, as the child's own words. */
    public UUID disclosure(Report report, Agency agency, Actor.Person by) {
        Map<String, Object> details = Map.of("about", report.disclosures(), "toWhom", by.displayName());
        return entries.record(report.child(), agency.id(), ChronologyEntries.Author.practitioner(by.username()),
                new NewEvent(EventType.DISCLOSURE, report.endedAt(), null, text("missing.entry.disclosure",
                        report.disclosures()), Significance.SIGNIFICANT, Sensitivity.CHILD_DISCLOSURE, details));
    }

    /** The return interview, naming the episode by the entry (or report) it knows it by. */
    public UUID interview(ReturnInterview interview, Agency agency, Actor.Person by) {
        Map<String, Object> details = new LinkedHashMap<>();
        put(details, "missingEventId", interview.missingEventId());
        details.put("offeredAt", interview.offeredAt());
        put(details, "offeredBy", interview.offeredBy());
        put(details, "completedAt", interview.completedAt());
        if (interview.accepted() != null) {
            details.put("declined", !interview.accepted());
        }
        put(details, "childsVoice", interview.childsVoice());
        put(details, "pushFactors", interview.pushFactors());
        put(details, "pullFactors", interview.pullFactors());
        if (!interview.indicators().isEmpty()) {
            details.put("indicators", interview.indicators());
        }
        details.put(EntryDetails.INTERVIEW, interview.id().toString());
        String summary = text(interview.declined() ? "missing.entry.interviewDeclined" : "missing.entry.interview",
                agency.name());
        return entries.record(interview.child(), agency.id(), ChronologyEntries.Author.practitioner(by.username()),
                new NewEvent(EventType.RETURN_INTERVIEW, interview.offeredAt(), null, summary, Significance.ROUTINE,
                        interview.sensitivity(), details));
    }

    private static void put(Map<String, Object> details, String field, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            details.put(field, value);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
