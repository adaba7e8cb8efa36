package org.safeguardinghub.risk.internal;

import java.time.LocalDate;
import java.time.Period;

import org.safeguardinghub.risk.ToolDefinition;

/**
 * Which of the tool's recency bands something last seen on a day falls in: the first band (most
 * recent first) whose months it is within, counting whole months as the calendar does (seen on
 * 10 March, it is within 6 months until 9 September and 6 months old on 10 September). Plain Java.
 */
public final class RecencyRule {

    private RecencyRule() {
    }

    public static ToolDefinition.RecencyBand band(ToolDefinition tool, LocalDate seen, LocalDate today) {
        long months = seen.isAfter(today) ? 0 : Period.between(seen, today).toTotalMonths();
        return tool.bandsByRecency().stream()
                .filter(b -> b.withinMonths() == null || months < b.withinMonths())
                .findFirst().orElseThrow(() -> new IllegalStateException("the tool has no band for " + months + " months"));
    }
}
