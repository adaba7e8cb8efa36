package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.plans.PlanCategory;
import org.safeguardinghub.plans.PlanType;
import org.safeguardinghub.shared.DateInput;

/**
 * What a new plan must say (issue 15, items 1 and 2): its kind (a child protection plan with its
 * category, and no other plan with one), why there is a plan, when it started (not in the future),
 * its lead professional (named in the child's network), and at least one outcome sought for the
 * child in plain words with the child's own view beside it (seeds 002: the child's stated fears
 * "not explored"; seeds 000: the child's and parents' views missing). Plain Java.
 */
public final class PlanRule {

    /** An outcome row of the form; rows left blank are not outcomes. */
    public record OutcomeInput(String wording, String childsView) {

        boolean blank() {
            return Fields.blank(wording) && Fields.blank(childsView);
        }
    }

    public record Proposed(String type, String category, String concern, DateInput startedOn,
                           SmartActionRule.Owner lead, List<OutcomeInput> outcomes) {

        public Proposed {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }

    public record Valid(PlanType type, PlanCategory category, String concern, LocalDate startedOn,
                        List<OutcomeInput> outcomes) {
    }

    /** The plan, or the problems by field (message keys). */
    public record Checked(Optional<Valid> valid, Map<String, String> problems) {
    }

    private PlanRule() {
    }

    public static Checked check(Proposed plan, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<PlanType> type = Fields.choice(PlanType.class, plan.type());
        Optional<PlanCategory> category = Fields.choice(PlanCategory.class, plan.category());
        if (type.isEmpty()) {
            problems.put("type", "plan.error.type");
        } else if (type.get().hasCategory() && category.isEmpty()) {
            problems.put("category", "plan.error.category");
        } else if (!type.get().hasCategory() && !Fields.blank(plan.category())) {
            problems.put("category", "plan.error.categoryOnlyProtection");
        }
        Fields.required(problems, "concern", plan.concern(), Fields.TEXT, "plan.error.concern");
        Optional<LocalDate> started = Fields.date(problems, "startedOn", plan.startedOn(), "plan.error.startedOn");
        if (started.isPresent() && started.get().isAfter(today)) {
            problems.put("startedOn", "plan.error.startInFuture");
        }
        if (plan.lead() != SmartActionRule.Owner.IN_NETWORK) {
            problems.put("lead", plan.lead() == SmartActionRule.Owner.NOT_CHOSEN ? "plan.error.lead" : "plan.error.leadNotInNetwork");
        }
        List<OutcomeInput> outcomes = outcomes(plan.outcomes(), problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new Valid(type.get(), type.get().hasCategory() ? category.get() : null,
                plan.concern().strip(), started.get(), outcomes)), Map.of());
    }

    private static List<OutcomeInput> outcomes(List<OutcomeInput> rows, Map<String, String> problems) {
        List<OutcomeInput> outcomes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OutcomeInput row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            Fields.required(problems, "outcome-" + i, row.wording(), Fields.LINE, "plan.error.outcome");
            Fields.required(problems, "childsView-" + i, row.childsView(), Fields.TEXT, "plan.error.childsView");
            outcomes.add(new OutcomeInput(Fields.stripped(row.wording()), Fields.stripped(row.childsView())));
        }
        if (outcomes.isEmpty()) {
            problems.put("outcome-0", "plan.error.noOutcome");
        }
        return outcomes;
    }
}
