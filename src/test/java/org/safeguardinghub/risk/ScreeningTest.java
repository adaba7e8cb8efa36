package org.safeguardinghub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;

/** The level in force, a manager's answer to a lowering (guarded), and the line over time. */
class ScreeningTest {

    static final ChildId CHILD = new ChildId(UUID.randomUUID());
    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    static Screening screening(Instant at, RiskLevel tool, RiskLevel judged, RiskLevel before, boolean needsAgreement,
                               Screening.Agreement agreement) {
        return new Screening(UUID.randomUUID(), CHILD, 1, People.CSC.id(), "sw", "Sam", at, 12, 300, tool, List.of(), judged,
                before, "why", Sensitivity.STANDARD, needsAgreement, needsAgreement ? at.plusSeconds(86400) : null, null,
                List.of(), agreement);
    }

    @Test
    void aRaisedJudgementIsInForceAtOnce() {
        Screening s = screening(T0, RiskLevel.MEDIUM, RiskLevel.HIGH, null, false, null);
        assertThat(s.judgement()).isEqualTo(Screening.Judgement.RAISED);
        assertThat(s.levelInForce()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aLoweringWaitingForAManagerLeavesTheHigherOfTheToolAndTheLevelBefore() {
        assertThat(screening(T0, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.HIGH, true, null).levelInForce())
                .isEqualTo(RiskLevel.HIGH);
        assertThat(screening(T0, RiskLevel.MEDIUM, RiskLevel.LOW, null, true, null).levelInForce()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void aLoweringTakesEffectWhenAgreedAndNotWhenRefused() {
        var agreed = new Screening.Agreement(true, "tm", "Helen", T0.plusSeconds(60), "Agreed");
        var refused = new Screening.Agreement(false, "tm", "Helen", T0.plusSeconds(60), "No");
        assertThat(screening(T0, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.HIGH, true, agreed).levelInForce())
                .isEqualTo(RiskLevel.LOW);
        assertThat(screening(T0, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.HIGH, true, refused).levelInForce())
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void onlyALoweringWaitingForAnAnswerCanBeAnswered() {
        Screening waiting = screening(T0, RiskLevel.MEDIUM, RiskLevel.LOW, null, true, null);
        var given = waiting.decide(true, "tm", "Helen", T0.plusSeconds(5), "Fine");
        assertThat(given.screeningId()).isEqualTo(waiting.id());
        assertThat(given.agreement().agreed()).isTrue();
        assertThatThrownBy(() -> screening(T0, RiskLevel.MEDIUM, RiskLevel.HIGH, null, false, null)
                .decide(true, "tm", "Helen", T0, "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> screening(T0, RiskLevel.MEDIUM, RiskLevel.LOW, null, true, given.agreement())
                .decide(false, "tm", "Helen", T0, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLineShowsEachScreeningAndWhenALoweringWasAgreed() {
        Screening first = screening(T0, RiskLevel.MEDIUM, RiskLevel.HIGH, null, false, null);
        Screening second = screening(T0.plusSeconds(3600), RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.HIGH, true,
                new Screening.Agreement(true, "tm", "Helen", T0.plusSeconds(7200), "ok"));
        RiskHistory history = RiskHistory.of(List.of(second, first));
        assertThat(history.latest()).contains(second);
        assertThat(history.current()).contains(RiskLevel.LOW);
        assertThat(history.line()).extracting(RiskHistory.Point::inForce)
                .containsExactly(RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.LOW);
        assertThat(history.line()).extracting(RiskHistory.Point::kind).containsExactly(RiskHistory.PointKind.SCREENED,
                RiskHistory.PointKind.SCREENED, RiskHistory.PointKind.AGREED);
    }

    @Test
    void aChildNeverScreenedHasNoLevel() {
        assertThat(RiskHistory.of(List.of()).current()).isEmpty();
    }
}
