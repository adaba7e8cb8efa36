package org.safeguardinghub.risk.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.risk.ContextLink;
import org.safeguardinghub.risk.RiskHistory;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.Screening;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts the module's two rules to the oversight engine in the transaction that changed what they
 * read: {@code HIGH_RISK_EXPLOITATION} when the level in force (tool or judgement) is high, telling
 * those {@link HighRiskRecipients} names besides those every alert reaches; and
 * {@code SHARED_PERSON_OF_CONCERN} ({@link SharedContextRule}) for every child linked to a context
 * whose links changed.
 */
@Component
public class RiskAlerts {

    private final ApplicationEventPublisher events;
    private final ChildRecords records;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final ContextStore contexts;

    RiskAlerts(ApplicationEventPublisher events, ChildRecords records, Practitioners practitioners, Agencies agencies,
               ContextStore contexts) {
        this.events = events;
        this.records = records;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.contexts = contexts;
    }

    public void highRisk(ChildId child, RiskHistory history) {
        Optional<Screening> latest = history.latest().filter(s -> s.levelInForce() == RiskLevel.HIGH);
        if (latest.isEmpty()) {
            events.publishEvent(AlertRuleEvaluated.notMet(child, AlertCode.HIGH_RISK_EXPLOITATION));
            return;
        }
        Screening s = latest.get();
        String why = s.judgementInForce() ? "HIGH_RISK_EXPLOITATION.judgement" : "HIGH_RISK_EXPLOITATION.waiting";
        var met = new AlertRuleEvaluated.Met(why, List.of((long) s.toolVersion()),
                s.eventId() == null ? Set.of() : Set.of(s.eventId()), Set.of(s.agencyId()));
        events.publishEvent(new AlertRuleEvaluated(child, AlertCode.HIGH_RISK_EXPLOITATION, Optional.of(met),
                highRiskRecipients(child)));
    }

    /** Looks again at every child linked now, or before, to these contexts. */
    public void shared(Collection<UUID> contextIds) {
        Set<ChildId> children = new HashSet<>();
        contextIds.forEach(id -> contexts.linksTo(id).forEach(l -> children.add(l.child())));
        children.forEach(this::shared);
    }

    private void shared(ChildId child) {
        List<ContextLink> links = contexts.linksOf(child).stream().filter(ContextLink::current).toList();
        var kinds = contexts.byIds(links.stream().map(ContextLink::contextId).toList());
        Map<UUID, Set<ChildId>> linked = contexts.childrenLinked(kinds.keySet());
        List<SharedContextRule.Link> rule = new ArrayList<>();
        kinds.values().forEach(c -> rule.add(new SharedContextRule.Link(c.id(), c.kind(), linked.getOrDefault(c.id(), Set.of()))));
        SharedContextRule.Outcome outcome = SharedContextRule.evaluate(child, rule);
        if (!outcome.met()) {
            events.publishEvent(AlertRuleEvaluated.notMet(child, AlertCode.SHARED_PERSON_OF_CONCERN));
            return;
        }
        Set<UUID> shared = Set.copyOf(outcome.sharedContexts());
        var met = new AlertRuleEvaluated.Met("SHARED_PERSON_OF_CONCERN",
                List.of((long) outcome.otherChildren(), (long) shared.size()), Set.of(),
                links.stream().filter(l -> shared.contains(l.contextId())).map(ContextLink::agencyId).collect(Collectors.toSet()));
        events.publishEvent(new AlertRuleEvaluated(child, AlertCode.SHARED_PERSON_OF_CONCERN, Optional.of(met), Set.of()));
    }

    private Set<UUID> highRiskRecipients(ChildId child) {
        ChildRelations relations = records.relations(child).orElse(ChildRelations.none());
        Set<UUID> named = relations.members().stream().map(ChildRelations.Member::practitionerId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<HighRiskRecipients.Member> network = practitioners.byIds(named).stream()
                .map(p -> new HighRiskRecipients.Member(p.id(), p.roles())).toList();
        Set<UUID> involved = new HashSet<>(relations.involvedAgencies());
        relations.members().forEach(m -> involved.add(m.agencyId()));
        Collection<Agency> all = agencies.all();
        Set<UUID> seniorAgencies = all.stream().filter(a -> a.type() == AgencyType.CHILDRENS_SOCIAL_CARE
                || a.type() == AgencyType.POLICE).map(Agency::id).collect(Collectors.toSet());
        Map<UUID, List<UUID>> seniors = practitioners.withRole(Role.SENIOR_MANAGER, seniorAgencies).stream()
                .collect(Collectors.groupingBy(p -> p.agency().id(), Collectors.mapping(Practitioner::id, Collectors.toList())));
        return HighRiskRecipients.of(network, involved, all, seniors).keySet();
    }
}
