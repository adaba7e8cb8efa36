package org.safeguardinghub.missing;

/** How a report of an episode reached the hub. */
public enum ReportSource {
    /** On this module's forms (a carer, a school, a practitioner passing on a parent's report). */
    FORM,
    /** Through the partner event feed, as a {@code MISSING_EPISODE} (or {@code RETURN_INTERVIEW}) event. */
    FEED,
    /** As an entry a practitioner recorded on the child's chronology. */
    ENTRY
}
