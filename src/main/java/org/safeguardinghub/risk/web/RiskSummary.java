package org.safeguardinghub.risk.web;

import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.Screenings;
import org.springframework.stereotype.Component;

/**
 * The child's exploitation risk at a glance: the level in force (the professional judgement where it
 * is in force, never the tool's suggestion as the answer), a lowering waiting for a manager, and a
 * prompt to re-screen.
 */
@Component
class RiskSummary implements ChildPageSection {

    private final RiskTab tab;
    private final Screenings screenings;

    RiskSummary(RiskTab tab, Screenings screenings) {
        this.tab = tab;
        this.screenings = screenings;
    }

    @Override
    public Place place() {
        return Place.SUMMARY;
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        return Optional.of(new View("risk/section", "riskGlance", tab.summary(record, screenings.history(record))));
    }
}
