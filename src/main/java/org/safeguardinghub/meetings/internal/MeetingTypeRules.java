package org.safeguardinghub.meetings.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.meetings.MeetingType;

/**
 * What each type of meeting requires, as a table (issue 14, item 1): the kinds of agency that must
 * be invited, whether the school must be when the child is of school age, and which statutory
 * timescale sets its due date. Plain Java; the numbers of the timescales are in
 * {@link StatutoryTimescales}.
 *
 * <p>Seeds 000 (Recommendations): "As a minimum, representatives from the Police, Health and
 * Children's Social Care must be involved in Strategy Discussions and key meetings." Seeds 002
 * (Recommendations): strategy meetings under exploitation procedures "should always ensure that
 * there is attendance (or information available) from other key agencies, in particular health
 * services and education providers". Seeds 003 Learning Point 4: "professionals with
 * responsibility for the health of LAC are invited to participate in multi-agency care planning
 * meetings".
 */
public final class MeetingTypeRules {

    /** Which statutory timescale (DESIGN.md, "Statutory timescales") a type's due date comes from. */
    public enum Timescale {
        NONE,
        /** Within 15 working days of the strategy discussion that started section 47 enquiries. */
        INITIAL_CONFERENCE,
        /** The first core group within 10 working days of the initial conference. */
        FIRST_CORE_GROUP,
        /** Within 3 months of the initial conference, then at most every 6 months. */
        REVIEW_CONFERENCE,
        /** Within 20 working days of becoming looked after, then 3 months, then every 6 months. */
        LOOKED_AFTER_REVIEW
    }

    /**
     * One type's rules.
     *
     * @param required             the kinds of agency that must be invited (or left out with a reason)
     * @param schoolWhenSchoolAge  education is required too when the child is of school age
     * @param strategy             a strategy discussion of some kind: it can start section 47 enquiries
     */
    public record TypeRule(Set<AgencyType> required, boolean schoolWhenSchoolAge, Timescale timescale,
                           boolean strategy) {

        public TypeRule {
            required = Set.copyOf(required);
        }
    }

    private static final Set<AgencyType> CSC_POLICE_HEALTH = EnumSet.of(AgencyType.CHILDRENS_SOCIAL_CARE,
            AgencyType.POLICE, AgencyType.HEALTH);
    private static final Set<AgencyType> CSC_HEALTH = EnumSet.of(AgencyType.CHILDRENS_SOCIAL_CARE, AgencyType.HEALTH);
    private static final Set<AgencyType> CSC = EnumSet.of(AgencyType.CHILDRENS_SOCIAL_CARE);

    private static final Map<MeetingType, TypeRule> RULES = new EnumMap<>(Map.ofEntries(
            Map.entry(MeetingType.STRATEGY_DISCUSSION, new TypeRule(CSC_POLICE_HEALTH, true, Timescale.NONE, true)),
            Map.entry(MeetingType.STRATEGY_MEETING, new TypeRule(CSC_POLICE_HEALTH, true, Timescale.NONE, true)),
            Map.entry(MeetingType.EXPLOITATION_STRATEGY_MEETING, new TypeRule(CSC_POLICE_HEALTH, true, Timescale.NONE, true)),
            Map.entry(MeetingType.MISSING_STRATEGY_MEETING, new TypeRule(CSC_POLICE_HEALTH, true, Timescale.NONE, true)),
            Map.entry(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE,
                    new TypeRule(CSC_POLICE_HEALTH, true, Timescale.INITIAL_CONFERENCE, false)),
            Map.entry(MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE,
                    new TypeRule(CSC_POLICE_HEALTH, true, Timescale.REVIEW_CONFERENCE, false)),
            Map.entry(MeetingType.CORE_GROUP, new TypeRule(CSC_HEALTH, true, Timescale.FIRST_CORE_GROUP, false)),
            Map.entry(MeetingType.CHILD_IN_NEED_REVIEW, new TypeRule(CSC, true, Timescale.NONE, false)),
            Map.entry(MeetingType.LOOKED_AFTER_REVIEW, new TypeRule(CSC_HEALTH, true, Timescale.LOOKED_AFTER_REVIEW, false)),
            Map.entry(MeetingType.MULTI_AGENCY_REVIEW, new TypeRule(CSC, false, Timescale.NONE, false))));

    private MeetingTypeRules() {
    }

    public static TypeRule of(MeetingType type) {
        return RULES.get(type);
    }

    /** The types whose due date a statutory timescale sets. */
    public static boolean statutory(MeetingType type) {
        return of(type).timescale() != Timescale.NONE;
    }
}
