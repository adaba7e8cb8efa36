package org.safeguardinghub.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which children's social care serves which agencies: the children's social care of an area
 * serves every agency of that area. The one place this is worked out, for access (what a social
 * worker may see), notifications (whose senior managers hear of a high alert) and the front door
 * (whose MASH managers hear of an overdue decision). Plain Java.
 */
public final class SocialCareAreas {

    private SocialCareAreas() {
    }

    /** The children's social care agencies serving any of these agencies. */
    public static Set<UUID> serving(Collection<Agency> all, Collection<UUID> agencyIds) {
        Set<Agency> served = all.stream().filter(a -> agencyIds.contains(a.id())).collect(Collectors.toSet());
        return all.stream().filter(Agency::isChildrensSocialCare)
                .filter(socialCare -> served.stream().anyMatch(socialCare::sharesAreaWith))
                .map(Agency::id).collect(Collectors.toSet());
    }

    /** The agencies a children's social care agency serves (its area's, itself included). */
    public static Set<UUID> servedBy(Agency socialCare, Collection<Agency> all) {
        return all.stream().filter(socialCare::sharesAreaWith).map(Agency::id).collect(Collectors.toSet());
    }
}
