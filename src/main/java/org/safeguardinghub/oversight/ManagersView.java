package org.safeguardinghub.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.internal.AlertStore;
import org.springframework.stereotype.Service;

/**
 * The managers' view of an agency, or one team in it: children with alerts not closed (by
 * severity and age), alerts nobody has acknowledged in time, practitioners' caseloads, and how
 * much professional challenge there is.
 */
@Service
public class ManagersView {

    /** An alert in the table, with the child's name. */
    public record Row(Alert alert, String childName, Duration age, boolean unacknowledgedTooLong) {
    }

    /** A practitioner's caseload: children in whose network they are, and how many have alerts. */
    public record Caseload(Practitioner practitioner, int children, int withAlerts) {
    }

    /** What the table shows: filters and order. */
    public record Query(Severity severity, AlertCode code, boolean onlyUnacknowledged, Sort sort) {
    }

    public enum Sort { SEVERITY, AGE, CHILD }

    public record Overview(List<Row> rows, List<Caseload> caseloads, Disagreements.Counts disagreements,
                           List<Disagreement> openDisagreements, long unacknowledgedTooLong, Duration unacknowledgedAfter) {
    }

    private final CareNetwork network;
    private final AlertStore alerts;
    private final Practitioners practitioners;
    private final Disagreements disagreements;
    private final OversightProperties properties;
    private final Clock clock;

    ManagersView(CareNetwork network, AlertStore alerts, Practitioners practitioners, Disagreements disagreements,
                 OversightProperties properties, Clock clock) {
        this.network = network;
        this.alerts = alerts;
        this.practitioners = practitioners;
        this.disagreements = disagreements;
        this.properties = properties;
        this.clock = clock;
    }

    public Overview of(Agency agency, String team, Query query) {
        List<Practitioner> staff = practitioners.ofAgency(agency.id(), team);
        Set<UUID> staffIds = staff.stream().map(Practitioner::id).collect(Collectors.toSet());
        Map<ChildId, Set<UUID>> children = network.childrenOf(team == null ? Set.of(agency.id()) : Set.of(), staffIds);
        List<Alert> open = alerts.notClosed(children.keySet());
        Map<ChildId, String> names = network.names(open.stream().map(Alert::child).distinct().toList());
        Instant now = clock.instant();
        Duration limit = properties.unacknowledgedAfter();
        List<Row> all = open.stream().map(a -> new Row(a, names.get(a.child()), Duration.between(a.raisedAt(), now),
                a.status() == Alert.Status.OPEN && Duration.between(a.raisedAt(), now).compareTo(limit) > 0)).toList();
        Set<ChildId> alerted = open.stream().map(Alert::child).collect(Collectors.toSet());
        List<Caseload> caseloads = staff.stream().map(p -> {
            List<ChildId> theirs = children.entrySet().stream().filter(e -> e.getValue().contains(p.id()))
                    .map(Map.Entry::getKey).toList();
            return new Caseload(p, theirs.size(), (int) theirs.stream().filter(alerted::contains).count());
        }).sorted(Comparator.comparing((Caseload c) -> -c.children()).thenComparing(c -> c.practitioner().displayName()))
                .toList();
        Set<UUID> agencyIds = Set.of(agency.id());
        return new Overview(table(all, query), caseloads, disagreements.counts(agencyIds), disagreements.open(agencyIds),
                all.stream().filter(Row::unacknowledgedTooLong).count(), limit);
    }

    /** Filters and orders the rows as asked; plain Java so it can be tested on its own. */
    static List<Row> table(List<Row> rows, Query query) {
        Comparator<Row> order = switch (query.sort() == null ? Sort.SEVERITY : query.sort()) {
            case AGE -> Comparator.comparing(Row::age).reversed();
            case CHILD -> Comparator.comparing((Row r) -> r.childName() == null ? "" : r.childName());
            case SEVERITY -> Comparator.comparing((Row r) -> r.alert().severity()).reversed()
                    .thenComparing(Comparator.comparing(Row::age).reversed());
        };
        return rows.stream()
                .filter(r -> query.severity() == null || r.alert().severity() == query.severity())
                .filter(r -> query.code() == null || r.alert().code() == query.code())
                .filter(r -> !query.onlyUnacknowledged() || r.unacknowledgedTooLong())
                .sorted(order).toList();
    }
}
