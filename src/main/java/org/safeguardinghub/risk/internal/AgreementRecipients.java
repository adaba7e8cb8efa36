package org.safeguardinghub.risk.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;

/**
 * Who is asked to agree to a lowering: the team managers of the screener's own team (or, if the
 * screener has no team, of their agency), and the children's social care team managers named in the
 * child's network; never the screener. Plain Java.
 */
public final class AgreementRecipients {

    public enum Because { SCREENERS_MANAGER, CASE_MANAGER }

    private AgreementRecipients() {
    }

    /**
     * @param screener        who lowered the level
     * @param agencyManagers  the team managers of the screener's agency
     * @param network         the practitioners named in the child's network now
     */
    public static Map<UUID, Because> of(Practitioner screener, List<Practitioner> agencyManagers, List<Practitioner> network) {
        Map<UUID, Because> asked = new LinkedHashMap<>();
        agencyManagers.stream().filter(m -> screener.team() == null || Objects.equals(screener.team(), m.team()))
                .forEach(m -> asked.putIfAbsent(m.id(), Because.SCREENERS_MANAGER));
        network.stream().filter(p -> p.has(Role.TEAM_MANAGER) && p.agency().isChildrensSocialCare())
                .forEach(p -> asked.putIfAbsent(p.id(), Because.CASE_MANAGER));
        asked.remove(screener.id());
        return asked;
    }
}
