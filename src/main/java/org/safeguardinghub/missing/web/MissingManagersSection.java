package org.safeguardinghub.missing.web;

import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.alerts.ManagersViewSection;
import org.safeguardinghub.missing.AreaPatterns;
import org.springframework.stereotype.Component;

/**
 * In the managers' view: the share of return interviews offered within 72 hours (issue 16: "the
 * managers' view shows ours") and the way to the missing patterns table. The table is a page of its
 * own ({@code /missing/patterns}) rather than drawn here, so the managers' view does not count every
 * episode of the area each time it is opened; the section names no child, so it audits nothing.
 */
@Component
class MissingManagersSection implements ManagersViewSection {

    private final AreaPatterns patterns;

    MissingManagersSection(AreaPatterns patterns) {
        this.patterns = patterns;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<View> render(Actor.Person manager, Agency agency, String team) {
        if (!patterns.mayView(manager).allowed()) {
            return Optional.empty();
        }
        return Optional.of(new View("missing/managers", "missingManagers",
                Map.of("interviewsInTime", patterns.interviewsInTime(manager))));
    }
}
