package org.safeguardinghub.missing.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.missing.Placement;

/**
 * Works out the placing authority and the two areas from what the hub already knows: the placing
 * authority is the children's social care of the allocated social worker (else of any social care
 * practitioner named, else of any social care involved); the home area is its area. The host area is
 * the area the latest {@code PLACEMENT_CHANGE} names, when agencies of that area are known here; else
 * the area of a care provider involved with the child (the children's home); else the home area.
 * Plain Java.
 */
public final class PlacementAreas {

    private PlacementAreas() {
    }

    /**
     * @param latestPlacementArea {@code details.area} of the child's latest {@code PLACEMENT_CHANGE}, or null
     */
    public static Placement of(ChildRelations relations, Collection<Agency> agencies, String latestPlacementArea) {
        Optional<Agency> placing = placingAuthority(relations, agencies);
        String home = placing.map(Agency::area).orElse(null);
        String area = known(latestPlacementArea, agencies);
        String reason = "missing.placement.reason.placement";
        if (area == null) {
            area = agencies.stream().filter(a -> a.type() == AgencyType.CARE_PROVIDER
                            && relations.involvedAgencies().contains(a.id()))
                    .sorted(Comparator.comparing(Agency::code)).map(Agency::area).findFirst().orElse(null);
            reason = "missing.placement.reason.careProvider";
        }
        if (area == null) {
            area = home;
            reason = home == null ? "missing.placement.reason.unknown" : "missing.placement.reason.home";
        }
        return new Placement(placing, home, area, latestPlacementArea, police(home, agencies), police(area, agencies), reason);
    }

    static Optional<Agency> placingAuthority(ChildRelations relations, Collection<Agency> agencies) {
        List<Agency> socialCare = agencies.stream().filter(Agency::isChildrensSocialCare)
                .sorted(Comparator.comparing(Agency::code)).toList();
        Set<UUID> allocated = relations.members().stream().filter(ChildRelations.Member::allocated)
                .map(ChildRelations.Member::agencyId).collect(java.util.stream.Collectors.toSet());
        Set<UUID> named = relations.members().stream().map(ChildRelations.Member::agencyId)
                .collect(java.util.stream.Collectors.toSet());
        for (Set<UUID> from : List.of(allocated, named, relations.involvedAgencies())) {
            Optional<Agency> found = socialCare.stream().filter(a -> from.contains(a.id())).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The area as the agencies here spell it, if any agency is of that area. */
    private static String known(String area, Collection<Agency> agencies) {
        if (area == null || area.isBlank()) {
            return null;
        }
        return agencies.stream().map(Agency::area).filter(a -> a.equalsIgnoreCase(area.strip())).findFirst().orElse(null);
    }

    static List<Agency> police(String area, Collection<Agency> agencies) {
        if (area == null) {
            return List.of();
        }
        return agencies.stream().filter(a -> a.type() == AgencyType.POLICE && a.area().equalsIgnoreCase(area))
                .sorted(Comparator.comparing(Agency::code)).toList();
    }
}
