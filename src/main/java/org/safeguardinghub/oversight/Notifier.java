package org.safeguardinghub.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.rules.Finding;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of an alert and puts it in their inbox (and, when e-mail is on, the outbox):
 * the allocated social worker and team manager for every alert; the safeguarding leads of each
 * agency whose events contributed; senior managers of the child's area for every high-severity
 * alert, so exploitation risk reaches them as child-protection cases do (seeds 003 §203).
 */
@Component
class Notifier {

    private final CareNetwork network;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final JdbcTemplate batch;
    private final MessageSource messages;
    private final Clock clock;

    Notifier(CareNetwork network, Practitioners practitioners, Agencies agencies, JdbcTemplate batch,
             MessageSource messages, Clock clock) {
        this.network = network;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.batch = batch;
        this.messages = messages;
        this.clock = clock;
    }

    /** One message to one practitioner. */
    record Message(UUID practitionerId, ChildId child, UUID alertId, UUID disagreementId, String subject, String body,
                   String link) {
    }

    void alertsRaised(List<AlertStore.Raised> raised) {
        if (raised.isEmpty()) {
            return;
        }
        List<ChildId> children = raised.stream().map(r -> r.finding().child()).distinct().toList();
        Map<ChildId, List<CareNetwork.Member>> members = network.currentMembers(children);
        Map<ChildId, String> names = network.names(children);
        Map<UUID, Practitioner> named = practitioners.byIds(members.values().stream().flatMap(List::stream)
                        .map(CareNetwork.Member::practitionerId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Practitioner::id, p -> p));
        Map<UUID, List<UUID>> leads = byAgency(Role.SAFEGUARDING_LEAD, raised.stream()
                .flatMap(r -> r.finding().finding().agencies().stream()).collect(Collectors.toSet()));
        Map<UUID, List<UUID>> seniors = raised.stream().noneMatch(r -> r.finding().finding().code().severity() == Severity.HIGH)
                ? Map.of() : byAgency(Role.SENIOR_MANAGER, agencies.all().stream()
                        .filter(Agency::isChildrensSocialCare).map(Agency::id).collect(Collectors.toSet()));
        List<Message> messages = new ArrayList<>();
        for (AlertStore.Raised alert : raised) {
            ChildId child = alert.finding().child();
            Finding finding = alert.finding().finding();
            List<CareNetwork.Member> childMembers = members.getOrDefault(child, List.of());
            Set<UUID> recipients = new LinkedHashSet<>();
            childMembers.stream().map(CareNetwork.Member::practitionerId).filter(Objects::nonNull).map(named::get)
                    .filter(Objects::nonNull).filter(p -> p.has(Role.SOCIAL_WORKER) || p.has(Role.TEAM_MANAGER))
                    .forEach(p -> recipients.add(p.id()));
            finding.agencies().forEach(a -> recipients.addAll(leads.getOrDefault(a, List.of())));
            if (finding.code().severity() == Severity.HIGH) {
                socialCareOfTheArea(childMembers.stream().map(CareNetwork.Member::agencyId).collect(Collectors.toSet()))
                        .forEach(a -> recipients.addAll(seniors.getOrDefault(a, List.of())));
            }
            String name = names.getOrDefault(child, text("child.nameNotKnown"));
            String subject = text("notification.alert.subject", text("alert.code." + finding.code()), name);
            String body = reasons(finding);
            recipients.forEach(p -> messages.add(new Message(p, child, alert.id(), null, subject, body,
                    "/children/" + child)));
        }
        send(messages);
    }

    /** Tells these practitioners too of alerts just raised (those a module's rule names). */
    void alsoTell(List<AlertStore.Raised> raised, Set<UUID> practitionerIds) {
        if (raised.isEmpty() || practitionerIds.isEmpty()) {
            return;
        }
        Map<ChildId, String> names = network.names(raised.stream().map(r -> r.finding().child()).distinct().toList());
        List<Message> messages = new ArrayList<>();
        for (AlertStore.Raised alert : raised) {
            ChildId child = alert.finding().child();
            Finding finding = alert.finding().finding();
            String subject = text("notification.alert.subject", text("alert.code." + finding.code()),
                    names.getOrDefault(child, text("child.nameNotKnown")));
            practitionerIds.forEach(p -> messages.add(new Message(p, child, alert.id(), null, subject, reasons(finding),
                    "/children/" + child)));
        }
        send(messages);
    }

    /** The active practitioners holding a role in each of these agencies. */
    private Map<UUID, List<UUID>> byAgency(Role role, Set<UUID> agencyIds) {
        return practitioners.withRole(role, agencyIds).stream().collect(Collectors.groupingBy(p -> p.agency().id(),
                Collectors.mapping(Practitioner::id, Collectors.toList())));
    }

    /** Puts messages in the inboxes (and the e-mail outbox). */
    void send(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        OffsetDateTime now = Timestamps.of(clock);
        batch.batchUpdate("""
                insert into oversight.notification (id, practitioner_id, child_id, alert_id, disagreement_id, subject,
                                                    body, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", messages.stream().map(m -> new Object[] {Ids.newId(),
                m.practitionerId(), m.child() == null ? null : m.child().value(), m.alertId(), m.disagreementId(),
                m.subject(), m.body(), m.link(), now}).toList());
    }

    /** The reasons as one English sentence (for the API and messages; pages render them themselves). */
    String reasons(Finding finding) {
        return reasons(finding.reasons(), finding.restrictedContributed());
    }

    String reasons(List<Finding.Reason> reasons, boolean restricted) {
        String text = reasons.stream().map(r -> text("alert.reason." + r.key(), r.args().toArray()))
                .collect(Collectors.joining("; "));
        return restricted ? text + ". " + text("alert.restricted") : text + ".";
    }

    Set<UUID> socialCareOfTheArea(Set<UUID> involvedAgencies) {
        Set<String> areas = involvedAgencies.stream().map(agencies::byId).flatMap(java.util.Optional::stream)
                .map(Agency::area).map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<UUID> socialCare = new HashSet<>();
        agencies.all().stream().filter(Agency::isChildrensSocialCare)
                .filter(a -> areas.contains(a.area().toLowerCase(Locale.ROOT))).forEach(a -> socialCare.add(a.id()));
        return socialCare;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
