package org.safeguardinghub.frontdoor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.frontdoor.Outcome;
import org.safeguardinghub.frontdoor.ThresholdDecisions.Proposal;
import org.safeguardinghub.frontdoor.ThresholdDocument;

/**
 * What makes a threshold decision valid: a level of the current threshold document, at least one
 * of that level's descriptors relied on (and none of another level's), a rationale, an outcome,
 * and advice to the referrer when nothing further is done ("no further action" is never just
 * that). Plain Java: the problems come back by field, as message keys.
 */
public final class ThresholdDecisionRule {

    public static final int MAX_TEXT = 4000;

    /** A decision that passed: the level, the descriptors' words, the outcome. */
    public record Valid(ThresholdDocument.Level level, List<String> reliedOn, Outcome outcome, String rationale,
                        String advice) {
    }

    /** Either a valid decision or the problems by field. */
    public record Checked(Optional<Valid> valid, Map<String, String> problems) {
    }

    private ThresholdDecisionRule() {
    }

    public static Checked check(Proposal proposal, ThresholdDocument document) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<ThresholdDocument.Level> level = Input.number(proposal.level()).flatMap(document::level);
        Optional<Outcome> outcome = Input.choice(Outcome.class, proposal.outcome());
        List<String> reliedOn = level.map(l -> reliedOn(l, proposal.descriptors())).orElse(List.of());
        if (level.isEmpty()) {
            problems.put("level", "decision.error.level");
        } else if (reliedOn.isEmpty() || reliedOn.size() != proposal.descriptors().size()) {
            problems.put("descriptors", "decision.error.descriptors");
        }
        if (Input.missingOrLongerThan(proposal.rationale(), MAX_TEXT)) {
            problems.put("rationale", "decision.error.rationale");
        }
        if (outcome.isEmpty()) {
            problems.put("outcome", "decision.error.outcome");
        } else if (outcome.get() == Outcome.NO_FURTHER_ACTION && Input.blank(proposal.advice())) {
            problems.put("advice", "decision.error.advice");
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new Valid(level.get(), reliedOn, outcome.get(), proposal.rationale().strip(),
                Input.blankToNull(proposal.advice()))), Map.of());
    }

    /** The texts of the chosen descriptors that belong to this level (the decision keeps the words, not their places). */
    static List<String> reliedOn(ThresholdDocument.Level level, List<String> chosen) {
        return chosen.stream().distinct().map(key -> key.split(":", 2)).filter(k -> k.length == 2)
                .filter(k -> Input.number(k[0]).filter(n -> n == level.level()).isPresent())
                .flatMap(k -> Input.number(k[1]).filter(i -> i >= 0 && i < level.descriptors().size()).stream())
                .map(level.descriptors()::get).toList();
    }
}
