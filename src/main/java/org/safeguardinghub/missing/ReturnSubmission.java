package org.safeguardinghub.missing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.safeguardinghub.missing.internal.Moment;

/**
 * The child's return as typed into the form: when, where and with whom the child was found, injuries,
 * intoxication and anything the child disclosed (kept at the sensitivity of the child's own words).
 */
public record ReturnSubmission(Moment returned, String foundAt, String foundWith, String injuries, String intoxicated,
                               String disclosures) {

    public static ReturnSubmission blank() {
        return new ReturnSubmission(Moment.of(null), null, null, null, null, null);
    }

    /** Problems by field (message keys) with the return of an episode that began at {@code startedAt}. */
    public Map<String, String> problems(Instant startedAt, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (returned.check("returned", true, problems)) {
            Instant at = returned.instant().orElseThrow();
            if (at.isAfter(now)) {
                problems.put("returned", "missing.error.returnedInFuture");
            } else if (at.isBefore(startedAt)) {
                problems.put("returned", "missing.error.returnedBeforeStart");
            }
        }
        problems.putAll(textProblems());
        return problems;
    }

    Map<String, String> textProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Map.Entry<String, String> text : Map.of("foundAt", value(foundAt), "foundWith", value(foundWith),
                "injuries", value(injuries), "disclosures", value(disclosures)).entrySet()) {
            if (text.getValue().length() > EpisodeSubmission.MAX_TEXT) {
                problems.put(text.getKey(), "missing.error.tooLong");
            }
        }
        if (intoxicated != null && !intoxicated.isBlank() && !"true".equals(intoxicated) && !"false".equals(intoxicated)) {
            problems.put("intoxicated", "missing.error.intoxicated");
        }
        return problems;
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }
}
