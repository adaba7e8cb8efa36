package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * What a rule concluded for a child: met (with the finding) or not, and, for rules about time,
 * when to look again (e.g. when a return interview becomes overdue).
 */
public record Evaluation(Optional<Finding> finding, Optional<Instant> recheckAt) {

    static Evaluation met(Finding finding) {
        return new Evaluation(Optional.of(finding), Optional.empty());
    }

    static Evaluation notMet() {
        return new Evaluation(Optional.empty(), Optional.empty());
    }

    Evaluation recheckingAt(Instant when) {
        return new Evaluation(finding, Optional.ofNullable(when));
    }
}
