package org.safeguardinghub.chronology;

/** How an incoming event's subject was matched to a child (event-feed contract v1). */
public enum Match {
    /** attached to a known child */
    LINKED,
    /** a new record was made */
    NEW_PERSON,
    /** stored against a provisional record and queued for a person to decide the match */
    NEEDS_REVIEW
}
