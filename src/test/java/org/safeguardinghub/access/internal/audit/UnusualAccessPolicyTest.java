package org.safeguardinghub.access.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.internal.audit.UnusualAccessPolicy.Count;
import org.safeguardinghub.access.internal.audit.UnusualAccessPolicy.Kind;

/** What the data protection officer's report shows as unusual, and why. */
class UnusualAccessPolicyTest {

    static final UnusualAccessPolicy POLICY = new UnusualAccessPolicy(20, 5);
    static final Instant MONDAY = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void aPractitionerWhoOpenedTheThresholdsNumberOfChildrenInADayIsShownWithTheCountAndTheThreshold() {
        List<UnusualAccessPolicy.Finding> found = POLICY.manyChildren(List.of(
                new Count("sw.north", "CSC-NORTH", MONDAY, 19), new Count("gp.north", "GP-NORTH", MONDAY, 20),
                new Count("pc.north", "POLICE-NORTH", MONDAY, 45)));
        assertThat(found).extracting(f -> f.count().actor()).containsExactly("pc.north", "gp.north");
        assertThat(found.getLast().kind()).isEqualTo(Kind.MANY_CHILDREN);
        assertThat(found.getLast().reasonKey()).isEqualTo("audit.unusual.reason.MANY_CHILDREN");
        assertThat(found.getLast().reasonArgs()).containsExactly(20L, 20L);
    }

    @Test
    void refusalsAreABurstFromTheirThreshold() {
        List<UnusualAccessPolicy.Finding> found = POLICY.refusals(List.of(
                new Count("yot.north", "YOT-NORTH", MONDAY, 4), new Count("edu.north", "EDU-NORTH", MONDAY, 5)));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.count().actor()).isEqualTo("edu.north");
            assertThat(f.reasonKey()).isEqualTo("audit.unusual.reason.REFUSALS");
        });
    }

    @Test
    void equalCountsShowTheLatestFirst() {
        Instant tuesday = MONDAY.plusSeconds(86_400);
        assertThat(POLICY.manyChildren(List.of(new Count("a", "X", MONDAY, 30), new Count("b", "X", tuesday, 30))))
                .extracting(f -> f.count().actor()).containsExactly("b", "a");
    }

    @Test
    void theReportStartsAtMidnightInEnglandTheGivenNumberOfDaysBackTodayIncluded() {
        // 1 July 2026, 00:30 in London is 30 June, 23:30 UTC: today is 1 July in England
        Instant now = Instant.parse("2026-06-30T23:30:00Z");
        assertThat(UnusualAccessPolicy.since(now, 1)).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(UnusualAccessPolicy.since(now, 7)).isEqualTo(Instant.parse("2026-06-24T23:00:00Z"));
    }

    @Test
    void openingARecordCountsButSeeingANameInAListDoesNot() {
        assertThat(UnusualAccessPolicy.OPENS_A_RECORD).contains(AuditAction.VIEW_CHILD, AuditAction.EXPORT_CHRONOLOGY,
                AuditAction.BREAK_GLASS).doesNotContain(AuditAction.VIEW_LIST, AuditAction.SEARCH_CHILDREN);
    }
}
