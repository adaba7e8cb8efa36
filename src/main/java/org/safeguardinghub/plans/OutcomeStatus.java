package org.safeguardinghub.plans;

/** How far an outcome sought for the child has been reached, as a review judged it. */
public enum OutcomeStatus {
    NOT_MET,
    PARTLY_MET,
    MET
}
