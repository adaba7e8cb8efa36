package org.safeguardinghub.access;

/** What the audit log records. Every view of a child's record and every change has one. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    TOKEN_ISSUED,
    ACCESS_DENIED,
    SEARCH_CHILDREN,
    VIEW_CHILD,
    VIEW_EVENT,
    READ_CHRONOLOGY,
    EXPORT_CHRONOLOGY,
    RECEIVE_EVENTS,
    RECORD_EVENT,
    CORRECT_EVENT,
    CHANGE_NETWORK,
    CHANGE_FAMILY,
    ADD_AGENCY,
    ADD_PRACTITIONER,
    ADD_API_CLIENT,
    RESET_SECRET,
    CHANGE_SETTINGS,
    ACKNOWLEDGE_ALERT,
    CLOSE_ALERT,
    RAISE_DISAGREEMENT,
    CHANGE_DISAGREEMENT,
    VIEW_OVERSIGHT
}
