package org.safeguardinghub.oversight.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.BreakGlassUsed;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.notifications.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the people {@link BreakGlassRecipients} names that a child's record was opened in an emergency. */
@Component
class BreakGlassNotifier {

    private final CareNetwork network;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final Notifications notifications;
    private final OversightTexts texts;

    BreakGlassNotifier(CareNetwork network, Practitioners practitioners, Agencies agencies, Notifications notifications,
                       OversightTexts texts) {
        this.network = network;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.notifications = notifications;
        this.texts = texts;
    }

    @EventListener
    void on(BreakGlassUsed used) {
        List<CareNetwork.Member> members = network.currentMembers(List.of(used.child())).getOrDefault(used.child(), List.of());
        Set<UUID> named = members.stream().map(CareNetwork.Member::practitionerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<UUID> socialWorkers = practitioners.byIds(named).stream().filter(p -> p.has(Role.SOCIAL_WORKER))
                .map(Practitioner::id).toList();
        Set<UUID> socialCare = agencies.childrensSocialCareServing(members.stream().map(CareNetwork.Member::agencyId)
                .collect(Collectors.toSet()));
        List<UUID> managers = practitioners.withRole(Role.TEAM_MANAGER, socialCare).stream().map(Practitioner::id).toList();
        List<UUID> leads = practitioners.withRole(Role.SAFEGUARDING_LEAD, Set.of(used.agencyId())).stream()
                .map(Practitioner::id).toList();
        Map<UUID, BreakGlassRecipients.Because> told = BreakGlassRecipients.of(socialWorkers, managers, leads,
                used.practitionerId());
        notifications.tell(told.keySet(), used.child(), texts.text("notification.breakGlass.subject"),
                texts.text("notification.breakGlass.body", used.practitionerName(),
                        agencies.byId(used.agencyId()).map(a -> a.name()).orElse(""), used.reason()),
                "/children/" + used.child());
    }
}
