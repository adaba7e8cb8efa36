package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.meetings.MeetingType;

/** The agencies each type of meeting requires, and a reason required for leaving one out. */
class RequiredAgenciesTest {

    static final LocalDate ON = LocalDate.of(2026, 12, 3);
    static final LocalDate SCHOOL_AGE = LocalDate.of(2012, 5, 5);
    static final LocalDate BABY = LocalDate.of(2025, 1, 1);

    @Test
    void strategyDiscussionsNeedSocialCarePoliceAndHealthAndTheSchoolForASchoolAgeChild() {
        for (MeetingType type : EnumSet.of(MeetingType.STRATEGY_DISCUSSION, MeetingType.STRATEGY_MEETING,
                MeetingType.EXPLOITATION_STRATEGY_MEETING, MeetingType.MISSING_STRATEGY_MEETING)) {
            assertThat(RequiredAgencies.of(type, SCHOOL_AGE, ON)).extracting(RequiredAgencies.Requirement::type)
                    .as(type.name()).containsExactly(AgencyType.CHILDRENS_SOCIAL_CARE, AgencyType.POLICE, AgencyType.HEALTH,
                            AgencyType.EDUCATION);
            assertThat(RequiredAgencies.of(type, BABY, ON)).extracting(RequiredAgencies.Requirement::type)
                    .containsExactly(AgencyType.CHILDRENS_SOCIAL_CARE, AgencyType.POLICE, AgencyType.HEALTH);
        }
        assertThat(RequiredAgencies.of(MeetingType.STRATEGY_MEETING, null, ON).getLast().reasonKey())
                .isEqualTo("meeting.required.reason.schoolAgeUnknown");
    }

    @Test
    void everyTypeNeedsChildrensSocialCareAndLookedAfterReviewsNeedHealth() {
        for (MeetingType type : MeetingType.values()) {
            assertThat(RequiredAgencies.of(type, BABY, ON)).extracting(RequiredAgencies.Requirement::type)
                    .as(type.name()).contains(AgencyType.CHILDRENS_SOCIAL_CARE);
        }
        assertThat(RequiredAgencies.of(MeetingType.LOOKED_AFTER_REVIEW, BABY, ON)).extracting(RequiredAgencies.Requirement::type)
                .contains(AgencyType.HEALTH);
        assertThat(RequiredAgencies.of(MeetingType.MULTI_AGENCY_REVIEW, SCHOOL_AGE, ON)).hasSize(1);
    }

    @Test
    void aRequiredAgencyLeftOutNeedsAReasonAndOneInvitedDoesNot() {
        var required = RequiredAgencies.of(MeetingType.STRATEGY_MEETING, SCHOOL_AGE, ON);
        Set<AgencyType> invited = EnumSet.of(AgencyType.CHILDRENS_SOCIAL_CARE, AgencyType.HEALTH, AgencyType.EDUCATION);
        assertThat(RequiredAgencies.unexplained(required, invited, Map.of())).containsOnlyKeys("leftOut-POLICE")
                .extractingByKey("leftOut-POLICE").satisfies(p -> assertThat(p.key()).isEqualTo("meeting.error.leftOut.POLICE"));
        assertThat(RequiredAgencies.unexplained(required, invited, Map.of(AgencyType.POLICE, "   "))).hasSize(1);
        assertThat(RequiredAgencies.unexplained(required, invited, Map.of(AgencyType.POLICE, "Not involved"))).isEmpty();
        assertThat(RequiredAgencies.unexplained(required, invited,
                Map.of(AgencyType.POLICE, "x".repeat(RequiredAgencies.MAX_REASON + 1)))).hasSize(1);
        assertThat(RequiredAgencies.unexplained(required, EnumSet.allOf(AgencyType.class), Map.of())).isEmpty();
    }
}
