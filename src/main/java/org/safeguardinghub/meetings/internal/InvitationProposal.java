package org.safeguardinghub.meetings.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.meetings.Invitation;

/**
 * Who a new meeting invites before the organiser changes anything (issue 14, item 2): the organiser,
 * every practitioner in the child's current professional network whatever their agency or area,
 * and, for each kind of agency the meeting requires that nobody in the network is from, someone at
 * each agency of that kind in every area the child's network spans, so a child placed across a
 * boundary has both areas' services asked. Seeds 003 §25: "The electronic invite systems in
 * Children's Social Care do not automatically invite health professionals and other professionals
 * from cross boundary health agencies"; §82: the GP "was not invited to attend partnership
 * meetings". Plain Java.
 */
public final class InvitationProposal {

    /** Someone in the network now, with their role there. */
    public record Member(Practitioner who, String role) {
    }

    /** Someone the meeting would invite, and why. */
    public record Proposed(Practitioner who, String role, Invitation.Source source) {
    }

    private InvitationProposal() {
    }

    /**
     * The proposal, each person once, in the order organiser, network, required.
     *
     * @param staff the active practitioners of an agency (looked up only for agencies a requirement needs)
     */
    public static List<Proposed> of(Practitioner organiser, List<Member> network,
                                    List<RequiredAgencies.Requirement> required, Collection<Agency> agencies,
                                    Function<UUID, List<Practitioner>> staff) {
        Map<UUID, Proposed> proposed = new LinkedHashMap<>();
        proposed.put(organiser.id(), new Proposed(organiser, organiser.jobTitle(), Invitation.Source.ORGANISER));
        network.stream().filter(m -> m.who().active())
                .forEach(m -> proposed.putIfAbsent(m.who().id(), new Proposed(m.who(), m.role(), Invitation.Source.NETWORK)));
        Set<AgencyType> covered = new LinkedHashSet<>();
        proposed.values().forEach(p -> covered.add(p.who().agency().type()));
        Set<String> areas = areas(organiser, network);
        for (RequiredAgencies.Requirement r : RequiredAgencies.uncovered(required, covered)) {
            agencies.stream().filter(a -> a.type() == r.type() && areas.contains(a.area().toLowerCase(java.util.Locale.ROOT)))
                    .sorted(Comparator.comparing(Agency::code))
                    .forEach(a -> contactAt(staff.apply(a.id())).ifPresent(p -> proposed.putIfAbsent(p.id(),
                            new Proposed(p, p.jobTitle(), Invitation.Source.REQUIRED))));
        }
        return List.copyOf(proposed.values());
    }

    /** The areas of the organiser and of every agency in the network (lower case). */
    static Set<String> areas(Practitioner organiser, List<Member> network) {
        Set<String> areas = new LinkedHashSet<>();
        areas.add(organiser.agency().area().toLowerCase(java.util.Locale.ROOT));
        network.forEach(m -> areas.add(m.who().agency().area().toLowerCase(java.util.Locale.ROOT)));
        return areas;
    }

    /** Whom to ask at an agency nobody in the network is from: its safeguarding lead, else a manager, else anyone active. */
    public static Optional<Practitioner> contactAt(List<Practitioner> staff) {
        List<Practitioner> active = new ArrayList<>(staff.stream().filter(Practitioner::active).toList());
        active.sort(Comparator.comparing(Practitioner::username));
        return active.stream().filter(p -> p.has(Role.SAFEGUARDING_LEAD)).findFirst()
                .or(() -> active.stream().filter(p -> p.has(Role.TEAM_MANAGER) || p.has(Role.SENIOR_MANAGER)).findFirst())
                .or(() -> active.stream().filter(p -> !p.has(Role.ADMINISTRATOR) && !p.has(Role.DATA_PROTECTION_OFFICER)
                        && !p.has(Role.PARTNERSHIP_ANALYST)).findFirst());
    }
}
