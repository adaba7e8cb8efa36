package org.safeguardinghub.risk.web;

import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.springframework.stereotype.Component;

/** The child's exploitation risk: a tab of the child's page. */
@Component
class RiskSection implements ChildPageSection {

    private final RiskTab tab;

    RiskSection(RiskTab tab) {
        this.tab = tab;
    }

    @Override
    public String tab() {
        return "risk";
    }

    @Override
    public String titleKey() {
        return "risk.tab";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        return Optional.of(new View("risk/section", "riskTab", tab.tab(record)));
    }
}
