package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.TestTools;
import org.safeguardinghub.risk.ToolDefinition;
import tools.jackson.databind.json.JsonMapper;

/** What an administrator may publish, and that the shipped tool is publishable. */
class ToolDefinitionRuleTest {

    @Test
    void theShippedToolAndTheSmallOneArePublishable() {
        assertThat(ToolDefinitionRule.problems(TestTools.shipped())).isEmpty();
        assertThat(ToolDefinitionRule.problems(TestTools.small())).isEmpty();
    }

    @Test
    void thresholdsMustRise() {
        ToolDefinition t = TestTools.small();
        var broken = new ToolDefinition(t.themes(), t.indicators(), t.recency(), new ToolDefinition.Thresholds(8, 8),
                t.overrides(), t.rescreen(), t.reviewWithinDays());
        assertThat(ToolDefinitionRule.problems(broken)).extracting(Reason::key).containsExactly("risk.tool.error.thresholds");
    }

    @Test
    void theLastBandMustBeOpenEndedAndTheOthersRise() {
        ToolDefinition t = TestTools.small();
        var closed = new ToolDefinition(t.themes(), t.indicators(), List.of(new ToolDefinition.RecencyBand("NOW", "Now", 6, 100),
                new ToolDefinition.RecencyBand("EARLIER", "Earlier", 12, 50)), t.thresholds(), t.overrides(), t.rescreen(),
                t.reviewWithinDays());
        assertThat(ToolDefinitionRule.problems(closed)).contains(Reason.of("risk.tool.error.band", "EARLIER"));
    }

    @Test
    void anIndicatorNeedsAThemeOfTheToolAndAWeightInRange() {
        ToolDefinition t = TestTools.small();
        List<ToolDefinition.Indicator> indicators = new ArrayList<>(t.indicators());
        indicators.add(new ToolDefinition.Indicator("new", "nowhere", "Words", 101, true, List.of()));
        var broken = new ToolDefinition(t.themes(), indicators, t.recency(), t.thresholds(), t.overrides(), t.rescreen(),
                t.reviewWithinDays());
        assertThat(ToolDefinitionRule.problems(broken)).containsExactly(Reason.of("risk.tool.error.indicatorTheme", "new"),
                Reason.of("risk.tool.error.indicator", "new", 100));
    }

    @Test
    void anOverrideMustNameAnIndicatorOfTheToolAndEveryLevelNeedsAReviewPeriod() {
        ToolDefinition t = TestTools.small();
        Map<RiskLevel, Integer> review = new HashMap<>(t.reviewWithinDays());
        review.remove(RiskLevel.HIGH);
        var broken = new ToolDefinition(t.themes(), t.indicators(), t.recency(), t.thresholds(),
                List.of(new ToolDefinition.LevelOverride("x", null, "absent", false, RiskLevel.HIGH)), t.rescreen(), review);
        assertThat(ToolDefinitionRule.problems(broken)).containsExactly(Reason.of("risk.tool.error.override", "x"),
                Reason.of("risk.tool.error.review", "risk.level.HIGH"));
    }

    @Test
    void unknownFieldsAreRefusedWhenAnAdministratorGivesThem() {
        List<String> problems = new ArrayList<>();
        var read = new ToolJson(JsonMapper.builder().build()).read("{\"themes\": [], \"wieghts\": 3}", problems::add);
        assertThat(read).isEmpty();
        assertThat(problems).singleElement().asString().contains("wieghts");
    }

    @Test
    void theShippedToolSurvivesARoundTrip() {
        ToolJson json = new ToolJson(JsonMapper.builder().build());
        ToolDefinition shipped = TestTools.shipped();
        assertThat(json.read(json.write(shipped), p -> { })).contains(shipped);
    }
}
