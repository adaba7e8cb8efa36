package org.safeguardinghub.frontdoor;

import org.safeguardinghub.chronology.Significance;

/** How quickly the referrer thinks the contact needs a response; the triage queue is ordered by it first. */
public enum Urgency {
    IMMEDIATE,
    URGENT,
    STANDARD;

    /** A contact sent through the feed carries significance, not urgency: a critical event is immediate. */
    public static Urgency of(Significance significance) {
        return switch (significance) {
            case CRITICAL -> IMMEDIATE;
            case SIGNIFICANT -> URGENT;
            case ROUTINE -> STANDARD;
        };
    }
}
