package org.safeguardinghub.access;

/** Why information about a child was passed to another agency. */
public enum SharePurpose {
    /** A partner system read the child's chronology through the API. */
    PARTNER_SYSTEM_READ,
    /** Working with the child and family: a practitioner's export for their own agency's work. */
    SAFEGUARDING_WORK,
    STRATEGY_DISCUSSION,
    CHILD_PROTECTION_CONFERENCE,
    MEETING_REPORT,
    COURT_PROCEEDINGS
}
