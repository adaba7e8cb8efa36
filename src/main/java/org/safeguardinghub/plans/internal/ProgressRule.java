package org.safeguardinghub.plans.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.plans.ActionStatus;
import org.safeguardinghub.plans.Effectiveness;

/**
 * A progress update on an action: what happened (required), the status after it, and, when the
 * update says the action is done, whether it worked judged against its measure (seeds 003 §190:
 * "no ... evaluation of its effectiveness"). Only an open action takes updates. Plain Java.
 */
public final class ProgressRule {

    public record Valid(String note, ActionStatus status, Effectiveness effectiveness) {
    }

    public record Checked(Optional<Valid> valid, Map<String, String> problems) {
    }

    private ProgressRule() {
    }

    public static Checked check(boolean actionOpen, String note, String status, String effectiveness) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!actionOpen) {
            problems.put("status", "plan.progress.error.closed");
            return new Checked(Optional.empty(), problems);
        }
        Fields.required(problems, "note", note, Fields.TEXT, "plan.progress.error.note");
        Optional<ActionStatus> to = Fields.choice(ActionStatus.class, status);
        Optional<Effectiveness> worked = Fields.choice(Effectiveness.class, effectiveness);
        if (to.isEmpty()) {
            problems.put("status", "plan.progress.error.status");
        } else if (to.get() == ActionStatus.DONE && worked.isEmpty()) {
            problems.put("effectiveness", "plan.progress.error.effectiveness");
        }
        if (!Fields.blank(effectiveness) && worked.isEmpty()) {
            problems.put("effectiveness", "plan.progress.error.effectivenessUnknown");
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new Valid(note.strip(), to.get(),
                to.get() == ActionStatus.DONE ? worked.get() : null)), Map.of());
    }
}
