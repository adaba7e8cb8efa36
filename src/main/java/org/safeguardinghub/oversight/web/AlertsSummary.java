package org.safeguardinghub.oversight.web;

import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Alerts;
import org.springframework.stereotype.Component;

/** The child's open alerts, most urgent first, at a glance at the top of the child's page. */
@Component
class AlertsSummary implements ChildPageSection {

    private final Alerts alerts;

    AlertsSummary(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public Place place() {
        return Place.SUMMARY;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        return Optional.of(new View("oversight/alerts", "glance", Map.of("alerts", alerts.notClosed(record),
                "childId", record.child().toString())));
    }
}
