package org.safeguardinghub.oversight.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Alert;
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
        List<Alert> open = alerts.notClosed(record);
        Map<UUID, String> reasons = new HashMap<>();
        open.forEach(a -> reasons.put(a.id(), alerts.reason(record, a)));
        return Optional.of(new View("oversight/alerts", "glance", Map.of("alerts", open, "reasons", reasons,
                "childId", record.child().toString())));
    }
}
