package org.safeguardinghub.missing;

/** Where an episode's return interview stands. */
public enum InterviewStatus {
    /** The child has not returned yet: the 72 hours start at the return. */
    NOT_RETURNED,
    /** Returned; an interview is to be offered by the deadline, which has not passed. */
    DUE,
    /** Returned, and the deadline passed with no interview offered. */
    OVERDUE,
    /** Offered within the deadline. */
    OFFERED,
    /** Offered, but after the deadline. */
    OFFERED_LATE
}
