package org.safeguardinghub.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.notifications.Notification;
import org.safeguardinghub.notifications.Notifications;
import org.safeguardinghub.oversight.rules.Finding;
import org.springframework.stereotype.Component;

/**
 * Tells the people {@link AlertRecipients} names of alerts just raised: it looks up the children's
 * networks, the leads and senior managers, and sends one message each through the notification
 * service, in the raising transaction.
 */
@Component
public class AlertNotifier {

    private final CareNetwork network;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final Notifications notifications;
    private final OversightTexts texts;

    AlertNotifier(CareNetwork network, Practitioners practitioners, Agencies agencies, Notifications notifications,
                  OversightTexts texts) {
        this.network = network;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.notifications = notifications;
        this.texts = texts;
    }

    public void alertsRaised(List<AlertStore.Raised> raised, Set<UUID> namedByRule) {
        alertsRaised(raised, alert -> namedByRule);
    }

    /** As above, with the people each alert's own rule names besides (a batch from a module's job). */
    public void alertsRaised(List<AlertStore.Raised> raised, Function<AlertStore.Raised, Set<UUID>> namedByRule) {
        if (raised.isEmpty()) {
            return;
        }
        List<ChildId> children = raised.stream().map(r -> r.finding().child()).distinct().toList();
        Map<ChildId, List<CareNetwork.Member>> members = network.currentMembers(children);
        Map<UUID, Practitioner> named = practitioners.byIds(members.values().stream().flatMap(List::stream)
                        .map(CareNetwork.Member::practitionerId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Practitioner::id, p -> p));
        Map<UUID, List<UUID>> leads = byAgency(Role.SAFEGUARDING_LEAD, raised.stream()
                .flatMap(r -> r.finding().finding().agencies().stream()).collect(Collectors.toSet()));
        Map<UUID, List<UUID>> seniors = raised.stream().noneMatch(r -> r.finding().finding().code().severity() == Severity.HIGH)
                ? Map.of() : byAgency(Role.SENIOR_MANAGER, agencies.all().stream()
                        .filter(Agency::isChildrensSocialCare).map(Agency::id).collect(Collectors.toSet()));
        List<Notification> messages = new ArrayList<>();
        for (AlertStore.Raised alert : raised) {
            ChildId child = alert.finding().child();
            Finding finding = alert.finding().finding();
            List<CareNetwork.Member> childMembers = members.getOrDefault(child, List.of());
            AlertRecipients.Alerted alerted = new AlertRecipients.Alerted(finding.code().severity(), finding.agencies(),
                    network(childMembers, named), leads, seniorManagers(finding.code().severity(), childMembers, seniors),
                    namedByRule.apply(alert));
            // a link, never the child's name or the reasons: what the reader may see depends on their access
            String subject = texts.text("notification.alert.subject", texts.text("alert.code." + finding.code()));
            String body = texts.text("notification.alert.body");
            AlertRecipients.of(alerted).keySet().forEach(p ->
                    messages.add(new Notification(p, child, subject, body, "/children/" + child)));
        }
        notifications.send(messages);
    }

    private static List<AlertRecipients.Member> network(List<CareNetwork.Member> members, Map<UUID, Practitioner> named) {
        return members.stream().map(CareNetwork.Member::practitionerId).filter(Objects::nonNull).map(named::get)
                .filter(Objects::nonNull).map(p -> new AlertRecipients.Member(p.id(), p.roles())).toList();
    }

    /** The senior managers (of {@code seniors}, by agency) of children's social care serving the child's agencies. */
    private List<UUID> seniorManagers(Severity severity, List<CareNetwork.Member> members, Map<UUID, List<UUID>> seniors) {
        if (severity != Severity.HIGH) {
            return List.of();
        }
        return agencies.childrensSocialCareServing(members.stream().map(CareNetwork.Member::agencyId)
                .collect(Collectors.toSet())).stream().flatMap(a -> seniors.getOrDefault(a, List.of()).stream()).toList();
    }

    /** The active practitioners holding a role in each of these agencies. */
    private Map<UUID, List<UUID>> byAgency(Role role, Set<UUID> agencyIds) {
        return practitioners.withRole(role, agencyIds).stream().collect(Collectors.groupingBy(p -> p.agency().id(),
                Collectors.mapping(Practitioner::id, Collectors.toList())));
    }
}
