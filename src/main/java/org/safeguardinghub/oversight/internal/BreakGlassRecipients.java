package org.safeguardinghub.oversight.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who is told at once that someone opened a child's record in an emergency, and why: the child's
 * social workers (the allocated one and any other named in the network), or, when none is named,
 * the team managers of the children's social care responsible for the child; and the safeguarding
 * leads of the agency of whoever looked, who answer for their staff's looks. Plain Java.
 */
public final class BreakGlassRecipients {

    public enum Because { CHILDS_SOCIAL_WORKER, RESPONSIBLE_TEAM_MANAGER, LEAD_OF_THE_AGENCY_THAT_LOOKED }

    private BreakGlassRecipients() {
    }

    /**
     * @param socialWorkers       the child's social workers named in the network
     * @param responsibleManagers team managers of the social care responsible for the child
     * @param leads               safeguarding leads of the agency of whoever looked
     * @param lookedBy            who looked (never told of their own look)
     */
    public static Map<UUID, Because> of(List<UUID> socialWorkers, List<UUID> responsibleManagers, List<UUID> leads,
                                        UUID lookedBy) {
        Map<UUID, Because> told = new LinkedHashMap<>();
        socialWorkers.forEach(p -> told.putIfAbsent(p, Because.CHILDS_SOCIAL_WORKER));
        if (socialWorkers.isEmpty()) {
            responsibleManagers.forEach(p -> told.putIfAbsent(p, Because.RESPONSIBLE_TEAM_MANAGER));
        }
        leads.forEach(p -> told.putIfAbsent(p, Because.LEAD_OF_THE_AGENCY_THAT_LOOKED));
        told.remove(lookedBy);
        return told;
    }
}
