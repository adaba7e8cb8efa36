package org.safeguardinghub.access.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.internal.audit.SealingPolicy.Pending;
import org.safeguardinghub.access.internal.audit.SealingPolicy.Stop;

/** The chain passes over a missing id only behind an entry at least the horizon old. */
class SealingPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final SealingPolicy POLICY = new SealingPolicy(Duration.ofMinutes(5));

    static Pending pending(long id, Duration ago) {
        return new Pending(id, NOW.minus(ago));
    }

    @Test
    void entriesWithNoIdMissingAreSealedHoweverNew() {
        SealingPolicy.Plan plan = POLICY.plan(10, List.of(pending(11, Duration.ZERO), pending(12, Duration.ZERO)), NOW);
        assertThat(plan.sealable()).isEqualTo(2);
        assertThat(plan.stop()).isEqualTo(Stop.NOTHING_LEFT);
    }

    @Test
    void aMissingIdBehindAnEntryYoungerThanTheHorizonStopsTheChainThereAndSaysWhich() {
        SealingPolicy.Plan plan = POLICY.plan(10, List.of(pending(11, Duration.ZERO),
                pending(14, Duration.ofMinutes(5).minusNanos(1000)), pending(15, Duration.ofHours(1))), NOW);
        assertThat(plan.sealable()).isEqualTo(1);
        assertThat(plan.stop()).isEqualTo(Stop.YOUNG_GAP);
        assertThat(plan.missingFrom()).isEqualTo(12);
        assertThat(plan.missingTo()).isEqualTo(13);
    }

    @Test
    void aMissingIdBehindAnEntryExactlyTheHorizonOldIsPassedOverAsEmpty() {
        SealingPolicy.Plan plan = POLICY.plan(10, List.of(pending(13, Duration.ofMinutes(5)), pending(14, Duration.ZERO)), NOW);
        assertThat(plan.sealable()).isEqualTo(2);
        assertThat(plan.stop()).isEqualTo(Stop.NOTHING_LEFT);
    }

    @Test
    void theFirstEntryEverFollowsId0() {
        assertThat(POLICY.plan(0, List.of(pending(1, Duration.ZERO)), NOW).sealable()).isEqualTo(1);
        assertThat(POLICY.plan(0, List.of(pending(2, Duration.ZERO)), NOW).stop()).isEqualTo(Stop.YOUNG_GAP);
    }

    @Test
    void nothingPendingIsNothingToSeal() {
        assertThat(POLICY.plan(10, List.of(), NOW)).isEqualTo(new SealingPolicy.Plan(0, Stop.NOTHING_LEFT, 0, 0));
    }

    @Test
    void aNegativeHorizonIsRefused() {
        assertThatThrownBy(() -> new SealingPolicy(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
