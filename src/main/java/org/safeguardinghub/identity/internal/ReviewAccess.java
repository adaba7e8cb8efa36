package org.safeguardinghub.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.AccessGrants;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.springframework.stereotype.Component;

/**
 * A match review is MASH work, like an open contact: while a pair waits for a person, the MASH
 * officers and team managers of the children's social care serving the agencies that know each
 * child may open that child (and only that one: a MASH of one area is not given another area's
 * child, so it cannot merge it). Once decided (by a person, or linked by the matcher) the pair stays
 * open to them for {@link #UNDO}, no longer, so they can check or undo what was decided.
 */
@Component
public class ReviewAccess {

    static final Set<Role> MASH = Set.of(Role.MASH_OFFICER, Role.TEAM_MANAGER);
    static final Duration UNDO = Duration.ofDays(30);
    static final String GRANTED_BY = "system:identity";

    private final AccessGrants grants;
    private final ChildRecords records;
    private final Agencies agencies;
    private final Clock clock;

    ReviewAccess(AccessGrants grants, ChildRecords records, Agencies agencies, Clock clock) {
        this.grants = grants;
        this.records = records;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** A review was queued (or, {@code linked}, the matcher linked the pair itself). */
    public void opened(UUID reviewId, List<ChildId> children, boolean linked) {
        grant(reviewId, children, linked ? Instant.now(clock).plus(UNDO) : null);
    }

    /** A person decided (link, not the same, unlink): access lasts {@link #UNDO} more, then ends. */
    public void decided(UUID reviewId, List<ChildId> children, String by) {
        grants.end(ChildRelations.GrantKind.MASH, source(reviewId), by);
        grant(reviewId, children, Instant.now(clock).plus(UNDO));
    }

    private void grant(UUID reviewId, List<ChildId> children, Instant until) {
        for (ChildId child : children) {
            Set<UUID> known = records.relations(child).map(ChildRelations::involvedAgencies).orElse(Set.of());
            for (UUID socialCare : agencies.childrensSocialCareServing(known)) {
                grants.toRoles(child, ChildRelations.GrantKind.MASH, socialCare, MASH, until,
                        "match review " + reviewId, source(reviewId), GRANTED_BY);
            }
        }
    }

    private static String source(UUID reviewId) {
        return "review:" + reviewId;
    }
}
