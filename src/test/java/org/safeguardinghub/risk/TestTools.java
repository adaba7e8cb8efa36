package org.safeguardinghub.risk;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.risk.internal.ToolJson;
import tools.jackson.databind.json.JsonMapper;

/** Tools for tests: the one the product ships, and a small one whose numbers a test can reason about. */
public final class TestTools {

    private TestTools() {
    }

    public static ToolDefinition shipped() {
        return new ToolJson(JsonMapper.builder().build()).readStored(ScreeningTools.defaultDefinition());
    }

    /**
     * Three indicators: {@code missing} (exploitation, weight 3), {@code disability} (vulnerability,
     * weight 1) and {@code disclosure} (exploitation, weight 10); bands NOW 100%, EARLIER (6–12
     * months) 50%, LONG_AGO 25%; medium from 4, high from 8; the three overrides of the shipped tool.
     */
    public static ToolDefinition small() {
        return new ToolDefinition(List.of(new ToolDefinition.Theme("t", "Theme")),
                List.of(new ToolDefinition.Indicator("missing", "t", "Goes missing", 3, true,
                                List.of(new ToolDefinition.Evidence(EventType.MISSING_EPISODE, null, 90))),
                        new ToolDefinition.Indicator("disability", "t", "Learning disability", 1, false, List.of()),
                        new ToolDefinition.Indicator("disclosure", "t", "Has disclosed", 10, true, List.of())),
                List.of(new ToolDefinition.RecencyBand("NOW", "Now", 6, 100),
                        new ToolDefinition.RecencyBand("EARLIER", "6 to 12 months", 12, 50),
                        new ToolDefinition.RecencyBand("LONG_AGO", "Longer", null, 25)),
                new ToolDefinition.Thresholds(4, 8),
                List.of(new ToolDefinition.LevelOverride("under-13", 13, null, true, RiskLevel.MEDIUM),
                        new ToolDefinition.LevelOverride("disability", null, "disability", true, RiskLevel.MEDIUM),
                        new ToolDefinition.LevelOverride("disclosure", null, "disclosure", false, RiskLevel.HIGH)),
                new ToolDefinition.Rescreen(Set.of(EventType.EXPLOITATION_CONCERN, EventType.DISCLOSURE), Set.of("CSE"), 3,
                        90, 24),
                Map.of(RiskLevel.LOW, 180, RiskLevel.MEDIUM, 90, RiskLevel.HIGH, 28));
    }
}
