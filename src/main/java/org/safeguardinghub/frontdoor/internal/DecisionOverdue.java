package org.safeguardinghub.frontdoor.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.frontdoor.Outcome;

/**
 * {@code DECISION_OVERDUE}: a contact has had no threshold decision for more than its timescale
 * (one working day by default). Plain Java: given a child's contacts awaiting a decision, which are
 * overdue now, and when the next one will be.
 */
public final class DecisionOverdue {

    /** A contact of the child's awaiting a decision, and when one was due. */
    public record Waiting(String reference, UUID eventId, UUID referrerAgencyId, Instant due) {
    }

    /** The contacts overdue (the alert's evidence) and when to look again for those not yet overdue. */
    public record Outcome(List<Waiting> overdue, Optional<Instant> nextDue) {

        public boolean met() {
            return !overdue.isEmpty();
        }

        public Set<UUID> evidence() {
            return overdue.stream().map(Waiting::eventId).collect(Collectors.toSet());
        }

        public Set<UUID> agencies() {
            return overdue.stream().map(Waiting::referrerAgencyId).collect(Collectors.toSet());
        }
    }

    private DecisionOverdue() {
    }

    /** Overdue once the deadline has passed: a decision at the very deadline is in time. */
    public static Outcome evaluate(Collection<Waiting> waiting, Instant now) {
        List<Waiting> overdue = waiting.stream().filter(w -> now.isAfter(w.due())).toList();
        Optional<Instant> next = waiting.stream().map(Waiting::due).filter(due -> !now.isAfter(due)).min(Instant::compareTo);
        return new Outcome(overdue, next);
    }

    /**
     * Who, besides those every alert reaches, hears that a decision is overdue: the managers in
     * the MASH (team managers who are MASH officers too) of the children's social care serving the
     * referrers' agencies, given here as that social care's team managers.
     */
    public static Set<UUID> recipients(List<Practitioner> socialCareTeamManagers) {
        return socialCareTeamManagers.stream().filter(p -> p.has(Role.TEAM_MANAGER) && p.has(Role.MASH_OFFICER))
                .map(Practitioner::id).collect(Collectors.toSet());
    }
}
