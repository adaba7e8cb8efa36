package org.safeguardinghub.alerts;

/**
 * The alert codes of the partner event feed contract (spec/event-feed.md, "Alert codes"; the last
 * two are v1.1).
 * The codes are part of the published contract: never rename or remove one.
 */
public enum AlertCode {
    REPEAT_CONTACTS(Severity.MEDIUM),
    MULTI_AGENCY_CONCERN(Severity.HIGH),
    ED_ATTENDANCE_PATTERN(Severity.MEDIUM),
    MISSING_TREND(Severity.HIGH),
    RETURN_INTERVIEW_OVERDUE(Severity.MEDIUM),
    EXPLOITATION_UNDER_13(Severity.HIGH),
    HIGH_RISK_EXPLOITATION(Severity.HIGH),
    DECISION_OVERDUE(Severity.MEDIUM),
    PLAN_DRIFT(Severity.MEDIUM),
    AGENCY_WITHDRAWAL_WITHOUT_REVIEW(Severity.HIGH),
    MEETING_OVERDUE(Severity.MEDIUM),
    SHARED_PERSON_OF_CONCERN(Severity.HIGH);

    private final Severity severity;

    AlertCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
