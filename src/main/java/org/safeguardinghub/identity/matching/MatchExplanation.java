package org.safeguardinghub.identity.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Why two records were judged as they were: the match weight (the sum of each field's log2
 * Bayes factor), every compared field's level and contribution, and any flags a practitioner
 * must see (a deterministic rule that decided, or a possible twin).
 */
public record MatchExplanation(String incomingId, String candidateId, double weight,
                               List<FieldContribution> fields, List<String> flags) {

    public MatchExplanation {
        fields = List.copyOf(fields);
        flags = List.copyOf(flags);
    }

    static MatchExplanation noCandidate(String incomingId) {
        return new MatchExplanation(incomingId, null, 0, List.of(), List.of("no one known shares any blocking key"));
    }

    MatchExplanation withFlag(String flag) {
        return withFlags(List.of(flag));
    }

    MatchExplanation withFlags(List<String> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<String> more = new ArrayList<>(flags);
        more.addAll(added);
        return new MatchExplanation(incomingId, candidateId, weight, fields, more);
    }

    /** Flags first, then each field, strongest evidence first, as a UI would list them. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>(flags);
        fields.stream().sorted((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())))
                .map(FieldContribution::describe).forEach(reasons::add);
        return reasons;
    }
}
