package org.safeguardinghub.risk.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.ToolDefinition;

/**
 * Whether a tool definition can be published: every indicator in a theme with words and a weight,
 * recency bands from the most recent to an open-ended last one, thresholds that rise, overrides that
 * name something that exists, and a review period for every level. Returns the problems (message
 * keys with what they are about); none means it can be published. Plain Java.
 */
public final class ToolDefinitionRule {

    static final int MAX_WEIGHT = 100;
    static final int MAX_DAYS = 3650;

    private ToolDefinitionRule() {
    }

    public static List<Reason> problems(ToolDefinition tool) {
        List<Reason> problems = new ArrayList<>();
        Set<String> themes = new HashSet<>();
        tool.themes().forEach(t -> {
            if (blank(t.code()) || blank(t.name()) || !themes.add(t.code())) {
                problems.add(Reason.of("risk.tool.error.theme", t.code()));
            }
        });
        if (tool.indicators().isEmpty()) {
            problems.add(Reason.of("risk.tool.error.noIndicators"));
        }
        Set<String> codes = new HashSet<>();
        tool.indicators().forEach(i -> indicator(i, themes, codes, problems));
        bands(tool.bandsByRecency(), problems);
        if (tool.thresholds() == null || tool.thresholds().medium() <= 0
                || tool.thresholds().high() <= tool.thresholds().medium()) {
            problems.add(Reason.of("risk.tool.error.thresholds"));
        }
        tool.overrides().forEach(o -> {
            boolean names = o.underAge() != null || o.indicator() != null;
            if (blank(o.code()) || o.atLeast() == null || !names || (o.underAge() != null && (o.underAge() < 1 || o.underAge() > 18))
                    || (o.indicator() != null && !codes.contains(o.indicator()))) {
                problems.add(Reason.of("risk.tool.error.override", o.code()));
            }
        });
        ToolDefinition.Rescreen r = tool.rescreen();
        if (r == null || r.missingEpisodes() < 1 || r.missingWithinDays() < 1 || r.missingLongerThanHours() < 1) {
            problems.add(Reason.of("risk.tool.error.rescreen"));
        }
        for (RiskLevel level : RiskLevel.values()) {
            Integer days = tool.reviewWithinDays().get(level);
            if (days == null || days < 1 || days > MAX_DAYS) {
                problems.add(Reason.of("risk.tool.error.review", "risk.level." + level));
            }
        }
        return problems;
    }

    private static void indicator(ToolDefinition.Indicator i, Set<String> themes, Set<String> codes, List<Reason> problems) {
        if (blank(i.code()) || !codes.add(i.code())) {
            problems.add(Reason.of("risk.tool.error.indicatorCode", i.code()));
        }
        if (i.theme() == null || !themes.contains(i.theme())) {
            problems.add(Reason.of("risk.tool.error.indicatorTheme", i.code()));
        }
        if (blank(i.text()) || i.weight() < 0 || i.weight() > MAX_WEIGHT) {
            problems.add(Reason.of("risk.tool.error.indicator", i.code(), MAX_WEIGHT));
        }
        if (i.evidence().stream().anyMatch(e -> e.type() == null || e.withinDays() < 1 || e.withinDays() > MAX_DAYS)) {
            problems.add(Reason.of("risk.tool.error.evidence", i.code(), MAX_DAYS));
        }
    }

    private static void bands(List<ToolDefinition.RecencyBand> bands, List<Reason> problems) {
        Set<String> codes = new HashSet<>();
        Integer previous = 0;
        for (int n = 0; n < bands.size(); n++) {
            ToolDefinition.RecencyBand band = bands.get(n);
            boolean last = n == bands.size() - 1;
            boolean months = last ? band.withinMonths() == null : band.withinMonths() != null && band.withinMonths() > previous;
            if (blank(band.code()) || blank(band.label()) || !codes.add(band.code()) || !months
                    || band.percent() < 0 || band.percent() > 100) {
                problems.add(Reason.of("risk.tool.error.band", band.code()));
            }
            previous = band.withinMonths();
        }
        if (bands.isEmpty()) {
            problems.add(Reason.of("risk.tool.error.noBands"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
