package org.safeguardinghub.oversight.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Alert;
import org.safeguardinghub.oversight.Alerts;
import org.springframework.stereotype.Component;

/** A tab of the child's page: open alerts with their reasons and the events that met the rule. */
@Component
class AlertsSection implements ChildPageSection {

    /** An alert with its evidence as this viewer may see it. */
    public record Shown(Alert alert, String reason, List<ChronologyEntry> evidence) {
    }

    private final Alerts alerts;
    private final ChronologyQuery chronology;

    AlertsSection(Alerts alerts, ChronologyQuery chronology) {
        this.alerts = alerts;
        this.chronology = chronology;
    }

    @Override
    public String tab() {
        return "alerts";
    }

    @Override
    public String titleKey() {
        return "alerts.tab";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        List<Alert> open = alerts.notClosed(record);
        List<UUID> ids = open.stream().flatMap(a -> a.evidence().stream()).distinct().toList();
        Map<UUID, ChronologyEntry> entries = new HashMap<>();
        chronology.entries(record, ids).forEach(e -> entries.put(e.eventId(), e));
        List<Shown> shown = open.stream().map(a -> new Shown(a, alerts.reason(record, a), a.evidence().stream().map(entries::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(ChronologyEntry::occurredAt).reversed()).toList())).toList();
        return Optional.of(new View("oversight/alerts", "section", Map.of("alerts", shown,
                "childId", record.child().toString())));
    }
}
