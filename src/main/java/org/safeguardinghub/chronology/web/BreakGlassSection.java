package org.safeguardinghub.chronology.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.children.RelationStore;
import org.springframework.stereotype.Component;

/**
 * Emergency access at the top of the child's page: whoever is using it is reminded until when;
 * those who hold the case see who opened the record in an emergency in the last 30 days, and why.
 */
@Component
class BreakGlassSection implements ChildPageSection {

    static final Duration SHOWN_FOR = Duration.ofDays(30);
    static final Set<AccessBasis> CASE_HOLDERS = Set.of(AccessBasis.ALLOCATED, AccessBasis.PROFESSIONAL_NETWORK,
            AccessBasis.RESPONSIBLE_SOCIAL_CARE);

    /** One emergency look as the banner shows it. */
    record Shown(String who, String agency, String reason, java.time.Instant at, java.time.Instant until) {
    }

    private final RelationStore relations;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final Clock clock;

    BreakGlassSection(RelationStore relations, Practitioners practitioners, Agencies agencies, Clock clock) {
        this.relations = relations;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public Place place() {
        return Place.BANNER;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        boolean mine = record.basis() == AccessBasis.BREAK_GLASS;
        if (!mine && !CASE_HOLDERS.contains(record.basis())) {
            return Optional.empty();
        }
        List<Shown> looks = relations.breakGlassSince(record.child(), clock.instant().minus(SHOWN_FOR)).stream()
                .filter(l -> !mine || l.practitionerId().equals(((Actor.Person) record.viewer()).practitionerId()))
                .map(l -> new Shown(practitioners.byId(l.practitionerId()).map(Practitioner::displayName).orElse(""),
                        agencies.byId(l.agencyId()).map(Agency::name).orElse(""), l.reason(), l.at(), l.until()))
                .toList();
        if (looks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new View("children/break-glass-banner", "banner", Map.of("mine", mine, "looks", looks,
                "now", clock.instant())));
    }
}
