package org.safeguardinghub.meetings;

/**
 * The kinds of multi-agency meeting about a child (issue 14, item 1). What each requires (the
 * agencies that must be invited, its statutory timing) is data the meetings module keeps; the
 * kinds themselves are part of the module's published API because other modules act on them
 * (a {@link #MULTI_AGENCY_REVIEW} lets an agency leave an open plan).
 */
public enum MeetingType {
    STRATEGY_DISCUSSION,
    STRATEGY_MEETING,
    INITIAL_CHILD_PROTECTION_CONFERENCE,
    REVIEW_CHILD_PROTECTION_CONFERENCE,
    CORE_GROUP,
    CHILD_IN_NEED_REVIEW,
    LOOKED_AFTER_REVIEW,
    EXPLOITATION_STRATEGY_MEETING,
    MISSING_STRATEGY_MEETING,
    MULTI_AGENCY_REVIEW
}
