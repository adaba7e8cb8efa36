package org.safeguardinghub.alerts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Many {@link AlertRuleEvaluated} at once, published by a module that evaluated its rule for many
 * children in one transaction (a deadline job looking at a thousand children): oversight handles them
 * as it would each one published alone, but raises, updates, withdraws and tells in a few statements
 * for all of them rather than several per child. At most one evaluation per child and code, so the
 * order within the batch cannot matter.
 */
public record AlertRulesEvaluated(List<AlertRuleEvaluated> evaluations) {

    public AlertRulesEvaluated {
        evaluations = List.copyOf(evaluations);
        Set<Object> seen = new HashSet<>();
        for (AlertRuleEvaluated evaluation : evaluations) {
            if (!seen.add(List.of(evaluation.child(), evaluation.code()))) {
                throw new IllegalArgumentException("two evaluations of " + evaluation.code() + " for one child");
            }
        }
    }
}
