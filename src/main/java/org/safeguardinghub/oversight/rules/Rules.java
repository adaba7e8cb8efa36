package org.safeguardinghub.oversight.rules;

import java.util.List;

/**
 * The event-based alert rules of contract v1 this module evaluates. {@code MISSING_TREND} and
 * {@code RETURN_INTERVIEW_OVERDUE} are the missing module's, over the episodes it merges from every
 * source, and reach oversight as {@code AlertRuleEvaluated} (ADR 0025).
 */
public final class Rules {

    public static final List<AlertRule> ALL = List.of(new RepeatContacts(), new MultiAgencyConcern(),
            new EdAttendancePattern(), new ExploitationUnder13());

    private Rules() {
    }
}
