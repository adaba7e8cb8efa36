package org.safeguardinghub.missing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.AccessGrants;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.MissingProperties;
import org.safeguardinghub.missing.Placement;
import org.safeguardinghub.notifications.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people of an episode and lets the police forces concerned see it (ADR 0025). When an episode
 * starts the home area's police are given sight of the child's missing profile and episodes (a
 * {@code MISSING} grant to the force, for this episode), and {@link EpisodeRecipients} says who is
 * told. Sharing the profile with the police of the area where the child is does the same for that
 * force. When the episode ends, the forces keep sight of it for {@code shared-after-return}, then the
 * grant lapses. Messages carry a link and a generic subject, never the child's name.
 */
@Component
public class EpisodeNotifier {

    /** The roles of a police force a grant opens the missing profile to (its partner system too). */
    static final Set<Role> POLICE_ROLES = Set.of(Role.PRACTITIONER, Role.SAFEGUARDING_LEAD, Role.TEAM_MANAGER,
            Role.SENIOR_MANAGER);

    private final Placements placements;
    private final Practitioners practitioners;
    private final AccessGrants grants;
    private final Notifications notifications;
    private final EpisodeStore store;
    private final MessageSource messages;
    private final MissingProperties settings;

    EpisodeNotifier(Placements placements, Practitioners practitioners, AccessGrants grants, Notifications notifications,
                    EpisodeStore store, MessageSource messages, MissingProperties settings) {
        this.placements = placements;
        this.practitioners = practitioners;
        this.grants = grants;
        this.notifications = notifications;
        this.store = store;
        this.messages = messages;
        this.settings = settings;
    }

    /** An episode began: the home area's police see it, the placing social worker and that police are told. */
    public void started(Episode episode, UUID recordedBy, String by, Instant now) {
        Placement placement = placements.of(episode.child());
        ChildRelations relations = placements.relations(episode.child());
        grant(episode, placement.homePolice(), until(episode), by);
        List<EpisodeRecipients.Told> told = EpisodeRecipients.atStart(placement, relations,
                candidates(placement, relations), recordedBy);
        tell(episode, told, "missing.notification.started", by, now);
    }

    /** The missing profile shared with the police of the area where the child is, who are told. */
    public List<EpisodeRecipients.Told> shared(Episode episode, UUID sharedBy, String by, Instant now) {
        Placement placement = placements.of(episode.child());
        ChildRelations relations = placements.relations(episode.child());
        grant(episode, placement.hostPolice(), until(episode), by);
        List<EpisodeRecipients.Told> told = EpisodeRecipients.onShare(placement, relations, candidates(placement, relations),
                sharedBy);
        tell(episode, told, "missing.notification.shared", by, now);
        store.steps(List.of(new EpisodeStore.Step(episode.id(), now, by, "SHARED", placement.hostPolice().stream()
                .map(Agency::code).toList().toString())));
        return told;
    }

    /**
     * The episode ended: the forces that saw it (the home area's, and the host area's if the profile
     * was shared) keep sight of it until {@code shared-after-return} after the return.
     */
    public void ended(Episode episode, String by) {
        if (grants.end(ChildRelations.GrantKind.MISSING, source(episode), by) == 0) {
            return;
        }
        Placement placement = placements.of(episode.child());
        List<Agency> forces = new ArrayList<>(placement.homePolice());
        if (store.history(episode.id()).stream().anyMatch(step -> step.action().equals("SHARED"))) {
            forces.addAll(placement.hostPolice());
        }
        grant(episode, forces.stream().distinct().toList(), until(episode), by);
    }

    /** While an episode lasts, until it ends; then until {@code shared-after-return} after the return. */
    private Instant until(Episode episode) {
        return episode.ongoing() ? null : episode.endedAt().plus(settings.sharedAfterReturn());
    }

    private void grant(Episode episode, List<Agency> forces, Instant until, String by) {
        for (Agency force : forces) {
            grants.toRoles(episode.child(), ChildRelations.GrantKind.MISSING, force.id(), POLICE_ROLES, until,
                    "missing episode " + episode.id(), source(episode), by);
        }
    }

    static String source(Episode episode) {
        return "missing-episode:" + episode.id();
    }

    private List<Practitioner> candidates(Placement placement, ChildRelations relations) {
        Set<UUID> named = new HashSet<>();
        relations.members().forEach(m -> named.add(m.practitionerId()));
        List<Practitioner> candidates = new ArrayList<>(practitioners.byIds(named));
        Set<UUID> forces = new HashSet<>();
        placement.homePolice().forEach(a -> forces.add(a.id()));
        placement.hostPolice().forEach(a -> forces.add(a.id()));
        candidates.addAll(practitioners.withRole(Role.SAFEGUARDING_LEAD, forces));
        placement.placingAuthority().ifPresent(a -> candidates.addAll(practitioners.withRole(Role.TEAM_MANAGER, Set.of(a.id()))));
        return candidates;
    }

    private void tell(Episode episode, List<EpisodeRecipients.Told> told, String subjectKey, String by, Instant now) {
        if (told.isEmpty()) {
            return;
        }
        ChildId child = episode.child();
        notifications.tell(told.stream().map(EpisodeRecipients.Told::practitionerId).toList(), child,
                text(subjectKey), text(subjectKey + ".body"), "/children/" + child + "?tab=missing#tab");
        store.steps(List.of(new EpisodeStore.Step(episode.id(), now, by, "TOLD", told.size() + " people: "
                + told.stream().map(EpisodeRecipients.Told::reasonKey).distinct().toList())));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
