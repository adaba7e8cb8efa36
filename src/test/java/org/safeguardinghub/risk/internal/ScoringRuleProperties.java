package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.TestTools;
import org.safeguardinghub.risk.ToolDefinition;

/** What must hold of the shipped tool's proposal whatever is found, at whatever age. */
class ScoringRuleProperties {

    static final ToolDefinition TOOL = TestTools.shipped();

    @Provide
    Arbitrary<Map<String, String>> answers() {
        List<String> indicators = TOOL.indicators().stream().map(ToolDefinition.Indicator::code).toList();
        List<String> bands = TOOL.recency().stream().map(ToolDefinition.RecencyBand::code).toList();
        return Arbitraries.maps(Arbitraries.of(indicators), Arbitraries.of(bands)).ofMaxSize(indicators.size());
    }

    @Provide
    Arbitrary<Integer> ages() {
        return Arbitraries.integers().between(8, 17);
    }

    @Property
    void underThirteenWithAnyExploitationIndicatorIsNeverLow(@ForAll("answers") Map<String, String> found,
                                                              @ForAll("ages") int age) {
        boolean exploitation = found.keySet().stream().anyMatch(c -> TOOL.indicator(c).orElseThrow().exploitation());
        RiskLevel level = ScoringRule.score(TOOL, found, age).level();
        if (age < 13 && exploitation) {
            assertThat(level).isNotEqualTo(RiskLevel.LOW);
        }
    }

    @Property
    void findingMoreNeverLowersTheProposal(@ForAll("answers") Map<String, String> found, @ForAll("answers") Map<String, String> more,
                                           @ForAll("ages") int age) {
        Map<String, String> both = new HashMap<>(more);
        both.putAll(found);
        assertThat(ScoringRule.score(TOOL, both, age).level()).isGreaterThanOrEqualTo(ScoringRule.score(TOOL, found, age).level());
        assertThat(ScoringRule.score(TOOL, both, age).score()).isGreaterThanOrEqualTo(ScoringRule.score(TOOL, found, age).score());
    }

    @Property
    void aMoreRecentSightingNeverWeighsLess(@ForAll("answers") Map<String, String> found, @ForAll("ages") int age) {
        Map<String, String> now = new HashMap<>();
        found.keySet().forEach(c -> now.put(c, TOOL.bandsByRecency().getFirst().code()));
        assertThat(ScoringRule.score(TOOL, now, age).score()).isGreaterThanOrEqualTo(ScoringRule.score(TOOL, found, age).score());
    }

    @Property
    void aDisclosureIsAlwaysHigh(@ForAll("answers") Map<String, String> found, @ForAll("ages") int age) {
        Map<String, String> disclosed = new HashMap<>(found);
        disclosed.put("disclosure", "LONG_AGO");
        assertThat(ScoringRule.score(TOOL, disclosed, age).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Property
    void thirteenAndOverTheProposalIsTheScoresUnlessAnIndicatorOverrides(@ForAll("answers") Map<String, String> found,
                                                                          @ForAll("ages") int age) {
        var outcome = ScoringRule.score(TOOL, found, age);
        boolean indicatorOverride = found.containsKey("disclosure") || found.containsKey("learning-disability");
        if (age >= 13 && !indicatorOverride) {
            assertThat(outcome.level()).isEqualTo(ScoringRule.byThresholds(TOOL.thresholds(), outcome.score()));
        }
    }
}
