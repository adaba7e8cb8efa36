package org.safeguardinghub.access;

/**
 * How restricted a piece of information is. {@code STANDARD} is read by everyone who may open the
 * child's record; the others only by the agency that recorded it and by the roles of the agency
 * types the sensitivity policy names (the published sensitivity policy). Anyone else sees "a
 * restricted entry from this agency, on this date; ask its owner", never its content, its kind or
 * details.
 */
public enum Sensitivity {
    STANDARD,
    HEALTH,
    SEXUAL_HEALTH,
    POLICE_INTELLIGENCE,
    /** The child's own words where they asked for limited sharing. */
    CHILD_DISCLOSURE;

    /** The values a partner may send (spec/event-feed.md): the child's own words are recorded here, not sent. */
    public static final java.util.List<Sensitivity> IN_THE_FEED = java.util.List.of(STANDARD, HEALTH, SEXUAL_HEALTH,
            POLICE_INTELLIGENCE);

    public boolean isRestricted() {
        return this != STANDARD;
    }
}
