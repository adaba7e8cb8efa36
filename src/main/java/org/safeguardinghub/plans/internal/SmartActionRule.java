package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.shared.DateInput;

/**
 * A SMART action answers the five questions of the Serious Case Review's own action-plan template
 * (seeds 000, "Child U - Action Plan"): "What needs to happen? Who will do it? By When? How will you
 * know when it has been done? How will you know if it has worked?". Who is a named practitioner in
 * the child's professional network (so they can open the record); by when is a date not before the
 * plan started. Returns the problems by field, as message keys; none means the action may be added.
 * Plain Java.
 */
public final class SmartActionRule {

    /** Whether the owner was chosen, and whether the person chosen may own an action of this child's. */
    public enum Owner { NOT_CHOSEN, NOT_IN_NETWORK, IN_NETWORK }

    /** What the form gives. */
    public record Proposed(String what, Owner owner, DateInput due, String doneLooksLike, String workedLooksLike) {
    }

    private SmartActionRule() {
    }

    public static Map<String, String> problems(Proposed action, LocalDate planStarted) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields.required(problems, "what", action.what(), Fields.LINE, "plan.action.error.what");
        if (action.owner() == Owner.NOT_CHOSEN) {
            problems.put("owner", "plan.action.error.owner");
        } else if (action.owner() == Owner.NOT_IN_NETWORK) {
            problems.put("owner", "plan.action.error.ownerNotInNetwork");
        }
        Optional<LocalDate> due = Fields.date(problems, "due", action.due(), "plan.action.error.due");
        if (due.isPresent() && due.get().isBefore(planStarted)) {
            problems.put("due", "plan.action.error.dueBeforeStart");
        }
        Fields.required(problems, "doneLooksLike", action.doneLooksLike(), Fields.TEXT, "plan.action.error.done");
        Fields.required(problems, "workedLooksLike", action.workedLooksLike(), Fields.TEXT, "plan.action.error.worked");
        return problems;
    }
}
