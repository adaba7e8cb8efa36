package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.TestTools;
import org.safeguardinghub.risk.ToolDefinition;
import org.safeguardinghub.risk.ToolOutcome;

/** The tool's proposal at its boundaries: thresholds, recency bands, and every override (TestTools.small). */
class ScoringRuleTest {

    static final ToolDefinition TOOL = TestTools.small();

    @Test
    void scoresEachIndicatorAtItsBandsPercentage() {
        assertThat(ScoringRule.score(TOOL, Map.of("missing", "NOW"), 15).score()).isEqualTo(300);
        assertThat(ScoringRule.score(TOOL, Map.of("missing", "EARLIER"), 15).score()).isEqualTo(150);
        assertThat(ScoringRule.score(TOOL, Map.of("missing", "LONG_AGO", "disability", "NOW"), 15).score()).isEqualTo(175);
        assertThat(ScoringRule.score(TOOL, Map.of("missing", "LONG_AGO", "disability", "NOW"), 15).points()).isEqualTo("1.75");
    }

    @Test
    void theThresholdsAreReachedExactlyAtTheirPoints() {
        var thresholds = new ToolDefinition.Thresholds(4, 8);
        assertThat(ScoringRule.byThresholds(thresholds, 399)).isEqualTo(RiskLevel.LOW);
        assertThat(ScoringRule.byThresholds(thresholds, 400)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(ScoringRule.byThresholds(thresholds, 799)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(ScoringRule.byThresholds(thresholds, 800)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aChildOf12WithAnExploitationIndicatorIsNeverLow() {
        ToolOutcome outcome = ScoringRule.score(TOOL, Map.of("missing", "NOW"), 12);
        assertThat(outcome.score()).isEqualTo(300);
        assertThat(outcome.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(outcome.reasons()).contains(Reason.of("risk.reason.override.underAge", 13, "risk.level.MEDIUM"));
    }

    @Test
    void aChildOf13WithTheSameIndicatorIsScoredOnItsPoints() {
        ToolOutcome outcome = ScoringRule.score(TOOL, Map.of("missing", "NOW"), 13);
        assertThat(outcome.level()).isEqualTo(RiskLevel.LOW);
        assertThat(outcome.reasons()).extracting(Reason::key).containsExactly("risk.reason.score");
    }

    @Test
    void aChildUnder13WithOnlyAVulnerabilityIsNotRaised() {
        assertThat(ScoringRule.score(TOOL, Map.of("disability", "NOW"), 10).level()).isEqualTo(RiskLevel.LOW);
        assertThat(ScoringRule.score(TOOL, Map.of(), 10).level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aLearningDisabilityWithAnExploitationIndicatorIsNeverLowAtAnyAge() {
        ToolOutcome outcome = ScoringRule.score(TOOL, Map.of("missing", "LONG_AGO", "disability", "NOW"), 16);
        assertThat(outcome.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(outcome.reasons()).contains(Reason.of("risk.reason.override.vulnerability", "Learning disability",
                "risk.level.MEDIUM"));
    }

    @Test
    void anyDisclosureIsHigh() {
        ToolOutcome outcome = ScoringRule.score(TOOL, Map.of("disclosure", "LONG_AGO"), 17);
        assertThat(outcome.score()).isEqualTo(250);
        assertThat(outcome.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(outcome.reasons()).contains(Reason.of("risk.reason.override.indicator", "Has disclosed", "risk.level.HIGH"));
    }

    @Test
    void anUnknownAgeIsSaidWhenTheAgeRuleCouldHaveApplied() {
        ToolOutcome outcome = ScoringRule.score(TOOL, Map.of("missing", "NOW"), null);
        assertThat(outcome.level()).isEqualTo(RiskLevel.LOW);
        assertThat(outcome.reasons()).contains(Reason.of("risk.reason.ageUnknown", 13));
        assertThat(ScoringRule.score(TOOL, Map.of("disability", "NOW"), null).reasons()).extracting(Reason::key)
                .doesNotContain("risk.reason.ageUnknown");
    }

    @Test
    void anAnswerNotInTheToolIsRefused() {
        assertThatThrownBy(() -> ScoringRule.score(TOOL, Map.of("nothing", "NOW"), 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringRule.score(TOOL, Map.of("missing", "YESTERDAY"), 12))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedToolSaysMediumForA12YearOldWhoWentMissingAndLowAt13() {
        ToolOutcome outcome = ScoringRule.score(TestTools.shipped(), Map.of("missing-episodes", "NOW"), 12);
        assertThat(outcome.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(ScoringRule.score(TestTools.shipped(), Map.of("missing-episodes", "NOW"), 13).level())
                .isEqualTo(RiskLevel.LOW);
    }
}
