package org.safeguardinghub.oversight.rules;

import org.safeguardinghub.alerts.AlertCode;

/**
 * Every number in the alert rules, with the default of the contract's alert table. An
 * administrator may change any of them; the defaults are part of contract v1. (The numbers of
 * {@code MISSING_TREND} and {@code RETURN_INTERVIEW_OVERDUE} are the missing module's settings,
 * {@code safeguarding.missing.*}, since it evaluates them: ADR 0025.)
 */
public enum RuleParameter {
    REPEAT_CONTACTS_COUNT(AlertCode.REPEAT_CONTACTS, 3, 1, 50),
    REPEAT_CONTACTS_MONTHS(AlertCode.REPEAT_CONTACTS, 12, 1, 120),
    MULTI_AGENCY_AGENCIES(AlertCode.MULTI_AGENCY_CONCERN, 3, 2, 20),
    MULTI_AGENCY_MONTHS(AlertCode.MULTI_AGENCY_CONCERN, 6, 1, 120),
    ED_ATTENDANCE_COUNT(AlertCode.ED_ATTENDANCE_PATTERN, 3, 1, 50),
    ED_ATTENDANCE_MONTHS(AlertCode.ED_ATTENDANCE_PATTERN, 12, 1, 120),
    EXPLOITATION_AGE(AlertCode.EXPLOITATION_UNDER_13, 13, 1, 18);

    private final AlertCode code;
    private final int defaultValue;
    private final int min;
    private final int max;

    RuleParameter(AlertCode code, int defaultValue, int min, int max) {
        this.code = code;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public AlertCode code() {
        return code;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public boolean allows(int value) {
        return value >= min && value <= max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
