package org.safeguardinghub.plans.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.springframework.stereotype.Component;

/**
 * Who may lead a plan or own an action: a practitioner named in the child's current professional
 * network, so they can open the record they are to act on (ADR 0022).
 */
@Component
public class PlanPeople {

    /** The person chosen on a form, and whether they may be chosen. */
    public record Chosen(SmartActionRule.Owner standing, Optional<Practitioner> practitioner) {
    }

    private final CareNetwork network;
    private final Practitioners practitioners;

    PlanPeople(CareNetwork network, Practitioners practitioners) {
        this.network = network;
        this.practitioners = practitioners;
    }

    /** The active practitioners named in the child's network today, by agency and name. */
    public List<Practitioner> of(ChildId child) {
        Set<UUID> ids = network.currentMembers(List.of(child)).getOrDefault(child, List.of()).stream()
                .map(CareNetwork.Member::practitionerId).filter(Objects::nonNull).collect(Collectors.toSet());
        return practitioners.byIds(ids).stream().filter(Practitioner::active)
                .sorted(Comparator.comparing((Practitioner p) -> p.agency().code()).thenComparing(Practitioner::displayName))
                .toList();
    }

    /** The practitioner a form names by id: not chosen, not in the child's network, or in it. */
    public Chosen choose(ChildId child, String id) {
        if (Fields.blank(id)) {
            return new Chosen(SmartActionRule.Owner.NOT_CHOSEN, Optional.empty());
        }
        Optional<Practitioner> found = of(child).stream().filter(p -> p.id().toString().equals(id.strip())).findFirst();
        return new Chosen(found.isPresent() ? SmartActionRule.Owner.IN_NETWORK : SmartActionRule.Owner.NOT_IN_NETWORK, found);
    }
}
