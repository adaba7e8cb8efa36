package org.safeguardinghub.missing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.missing.Placement;

/**
 * Who is told of a missing episode, and why. When it starts: the placing authority's social worker
 * (else its team managers), and the police of the home area — the practitioners of that force named in
 * the child's network, else its safeguarding leads — so that the force where the child lives hears of
 * an episode in the area where the child is placed ("local systems do not always receive missing
 * intelligence from cross boundary Police Forces", seeds 003_… LP16, LP35). When the missing profile
 * is shared: the police of the area where the child is, chosen the same way. Whoever recorded the
 * episode is not told of it. Plain Java.
 */
public final class EpisodeRecipients {

    /** One person told, with the message key of why. */
    public record Told(UUID practitionerId, String reasonKey) {
    }

    private EpisodeRecipients() {
    }

    /**
     * @param candidates the practitioners who could be told: those named in the network, the placing
     *                   authority's team managers and the police forces' safeguarding leads
     */
    public static List<Told> atStart(Placement placement, ChildRelations relations, Collection<Practitioner> candidates,
                                     UUID recordedBy) {
        Map<UUID, String> told = new LinkedHashMap<>();
        placement.placingAuthority().ifPresent(placing -> {
            Set<UUID> allocated = relations.members().stream()
                    .filter(m -> m.allocated() && m.agencyId().equals(placing.id()))
                    .map(ChildRelations.Member::practitionerId).collect(Collectors.toSet());
            if (!allocated.isEmpty()) {
                allocated.forEach(p -> told.putIfAbsent(p, "missing.told.placingSocialWorker"));
            } else {
                pick(candidates, p -> p.agency().id().equals(placing.id()) && p.has(Role.TEAM_MANAGER))
                        .forEach(p -> told.putIfAbsent(p, "missing.told.placingManager"));
            }
        });
        police(placement.homePolice(), relations, candidates, "missing.told.homePolice", told);
        return without(told, recordedBy);
    }

    /** When the missing profile is shared with the police of the area where the child is. */
    public static List<Told> onShare(Placement placement, ChildRelations relations, Collection<Practitioner> candidates,
                                     UUID sharedBy) {
        Map<UUID, String> told = new LinkedHashMap<>();
        police(placement.hostPolice(), relations, candidates, "missing.told.hostPolice", told);
        return without(told, sharedBy);
    }

    private static void police(List<Agency> forces, ChildRelations relations, Collection<Practitioner> candidates,
                               String reason, Map<UUID, String> told) {
        Set<UUID> forceIds = forces.stream().map(Agency::id).collect(Collectors.toSet());
        List<UUID> named = relations.members().stream().filter(m -> forceIds.contains(m.agencyId()))
                .map(ChildRelations.Member::practitionerId).toList();
        List<UUID> chosen = !named.isEmpty() ? named
                : pick(candidates, p -> forceIds.contains(p.agency().id()) && p.has(Role.SAFEGUARDING_LEAD));
        chosen.forEach(p -> told.putIfAbsent(p, named.isEmpty() ? reason + "Lead" : reason));
    }

    private static List<UUID> pick(Collection<Practitioner> candidates, Predicate<Practitioner> wanted) {
        return candidates.stream().filter(Practitioner::active).filter(wanted).map(Practitioner::id).distinct().toList();
    }

    private static List<Told> without(Map<UUID, String> told, UUID actor) {
        List<Told> list = new ArrayList<>();
        told.forEach((p, reason) -> {
            if (!p.equals(actor)) {
                list.add(new Told(p, reason));
            }
        });
        return list;
    }
}
