package org.safeguardinghub.plans;

/** Where a plan action stands. Done and stopped actions are closed; the others are open and can drift. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    /** No longer needed, as a review or the meeting's corrected minutes decided; kept with its history. */
    STOPPED;

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
