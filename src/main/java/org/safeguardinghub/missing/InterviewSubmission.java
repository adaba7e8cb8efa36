package org.safeguardinghub.missing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.missing.internal.Moment;

/**
 * A return interview as typed into the form: when it was offered, whether the child accepted, and if
 * held when, what the child said (the child's voice), push and pull factors and the exploitation
 * indicators noticed; {@code limitedSharing} when the child asked that their words go only to those
 * who need them.
 */
public record InterviewSubmission(Moment offered, String accepted, Moment completed, String childsVoice,
                                  String pushFactors, String pullFactors, List<String> indicators,
                                  boolean limitedSharing) {

    public InterviewSubmission {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** Problems by field (message keys), for an interview after an episode that began at {@code startedAt}. */
    public Map<String, String> problems(Instant startedAt, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (offered.check("offered", true, problems)) {
            Instant at = offered.instant().orElseThrow();
            if (at.isAfter(now)) {
                problems.put("offered", "missing.error.offeredInFuture");
            } else if (at.isBefore(startedAt)) {
                problems.put("offered", "missing.error.offeredBeforeStart");
            }
        }
        if (!"true".equals(accepted) && !"false".equals(accepted)) {
            problems.put("accepted", "missing.error.accepted");
        }
        if (!completed.isBlank() && completed.check("completed", false, problems)) {
            Instant at = completed.instant().orElseThrow();
            if (at.isAfter(now) || offered.instant().filter(at::isBefore).isPresent()) {
                problems.put("completed", "missing.error.completed");
            }
        }
        for (Map.Entry<String, String> text : Map.of("childsVoice", value(childsVoice), "pushFactors", value(pushFactors),
                "pullFactors", value(pullFactors)).entrySet()) {
            if (text.getValue().length() > EpisodeSubmission.MAX_TEXT) {
                problems.put(text.getKey(), "missing.error.tooLong");
            }
        }
        if (indicators.stream().anyMatch(i -> EpisodeSubmission.choice(ExploitationIndicator.class, i).isEmpty())) {
            problems.put("indicators", "missing.error.indicators");
        }
        return problems;
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }
}
