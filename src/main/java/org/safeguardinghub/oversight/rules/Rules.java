package org.safeguardinghub.oversight.rules;

import java.util.List;

/** The event-based alert rules of contract v1 this release evaluates. */
public final class Rules {

    public static final List<AlertRule> ALL = List.of(new RepeatContacts(), new MultiAgencyConcern(),
            new EdAttendancePattern(), new MissingTrend(), new ReturnInterviewOverdue(), new ExploitationUnder13());

    private Rules() {
    }
}
