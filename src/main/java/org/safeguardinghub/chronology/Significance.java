package org.safeguardinghub.chronology;

/** How much an event matters to the child's safety, as judged by whoever recorded it. */
public enum Significance {
    ROUTINE,
    SIGNIFICANT,
    CRITICAL
}
