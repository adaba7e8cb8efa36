package org.safeguardinghub.chronology;

/** The kinds of chronology event of the partner event feed, contract v1 (spec/event-feed.md). */
public enum EventType {
    CONTACT,
    MISSING_EPISODE,
    RETURN_INTERVIEW,
    ED_ATTENDANCE,
    HEALTH_CONTACT,
    SEXUAL_HEALTH_CONTACT,
    SELF_HARM,
    SUBSTANCE_MISUSE,
    SCHOOL_EXCLUSION,
    SCHOOL_ABSENCE,
    POLICE_INCIDENT,
    ARREST,
    DISCLOSURE,
    EXPLOITATION_CONCERN,
    RESTRAINT,
    PLACEMENT_CHANGE,
    NOTE;

    /** Episodes with a length worth drawing (the timeline shows them as bars). */
    public boolean isEpisode() {
        return this == MISSING_EPISODE;
    }
}
