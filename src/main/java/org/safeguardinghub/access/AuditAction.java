package org.safeguardinghub.access;

/** What the audit log records. Every view of a child's record and every change has one. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    TOKEN_ISSUED,
    /** A partner revoked one of its tokens ({@code /oauth2/revoke}); it is refused from then on. */
    TOKEN_REVOKED,
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
    DEACTIVATE_PRACTITIONER,
    CHANGE_ROLES,
    /** A practitioner set up their second factor (an authenticator app's codes) for signing in. */
    ENROL_SECOND_FACTOR,
    /** A practitioner changed their own password (their other sessions end). */
    CHANGE_PASSWORD,
    /** An administrator issued a one-time password-reset link for a practitioner. */
    ISSUE_PASSWORD_RESET,
    /** A practitioner set their password with a one-time link (all their sessions end). */
    RESET_PASSWORD,
    /** An administrator removed a practitioner's second factor (a lost phone); they set it up again. */
    RESET_SECOND_FACTOR,
    DEACTIVATE_API_CLIENT,
    RESET_SECRET,
    CHANGE_SETTINGS,
    ACKNOWLEDGE_ALERT,
    CLOSE_ALERT,
    RAISE_DISAGREEMENT,
    CHANGE_DISAGREEMENT,
    VIEW_OVERSIGHT,
    SUBMIT_CONTACT,
    VIEW_CONTACT,
    CHANGE_CONTACT,
    DECIDE_CONTACT,
    REQUEST_INFORMATION,
    ANSWER_INFORMATION_REQUEST,
    CHANGE_LEVEL_OF_NEED,
    /** A plan made or changed: outcomes, actions, progress, reviews, agencies joining or leaving, its end, manager oversight. */
    CHANGE_PLAN,
    MERGE_CHILDREN,
    REVIEW_MATCH,
    /** A practitioner without a relationship opened a record, for a stated reason, for a limited time. */
    BREAK_GLASS,
    /** A list that names children (a queue, a search, a view for managers), one entry per child shown. */
    VIEW_LIST,
    VIEW_INBOX,
    SEND_EMAIL,
    /** Information about a child passed to another agency, with its purpose and lawful basis. */
    SHARE_RECORD,
    VIEW_AUDIT,
    SUBJECT_ACCESS_EXPORT,
    CHANGE_SENSITIVITY_POLICY,
    /** A meeting convened, someone invited, a reply, minutes saved or finalised, an action done (meetings). */
    CHANGE_MEETING
}
