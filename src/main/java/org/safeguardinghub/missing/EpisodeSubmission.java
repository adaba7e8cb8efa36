package org.safeguardinghub.missing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.missing.internal.Moment;

/**
 * An episode as typed into the form: where from, missing or away, whether and how the police were
 * told, when it began, and — for an episode recorded after the child came back, unreported ones
 * included (seeds 003_… §66) — when it ended and how the child was found.
 */
public record EpisodeSubmission(String from, String absence, String reportedToPolice, String policeReference,
                                String riskGrading, Moment started, Moment ended, ReturnSubmission found) {

    public static final int MAX_TEXT = 1000;

    /** Problems by field (message keys); none means the episode can be recorded as given. */
    public Map<String, String> problems(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (choice(MissingFrom.class, from).isEmpty()) {
            problems.put("from", "missing.error.from");
        }
        if (choice(Absence.class, absence).isEmpty()) {
            problems.put("absence", "missing.error.absence");
        }
        if (!"true".equals(reportedToPolice) && !"false".equals(reportedToPolice)) {
            problems.put("reportedToPolice", "missing.error.reportedToPolice");
        }
        if (riskGrading != null && !riskGrading.isBlank() && RiskGrading.of(riskGrading).isEmpty()) {
            problems.put("riskGrading", "missing.error.riskGrading");
        }
        if (policeReference != null && policeReference.length() > 100) {
            problems.put("policeReference", "missing.error.policeReference");
        }
        if (started.check("started", true, problems) && started.instant().orElseThrow().isAfter(now)) {
            problems.put("started", "missing.error.startedInFuture");
        }
        if (!ended.isBlank() && ended.check("ended", false, problems)) {
            Instant end = ended.instant().orElseThrow();
            if (end.isAfter(now)) {
                problems.put("ended", "missing.error.endedInFuture");
            } else if (started.instant().filter(end::isBefore).isPresent()) {
                problems.put("ended", "missing.error.endedBeforeStart");
            }
        }
        problems.putAll(found.textProblems());
        return problems;
    }

    public Optional<Instant> endedAt() {
        return ended.instant();
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
