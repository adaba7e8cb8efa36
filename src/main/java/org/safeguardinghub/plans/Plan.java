package org.safeguardinghub.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.chronology.ChildId;

/**
 * A plan for a child: its kind, why it exists, its lead professional, the agencies involved, when it
 * started and when it is next reviewed, and how it ended. An open plan can lose an agency (not the
 * lead's) and can end; each returns what happened, for the facade to record once it has checked the
 * permission and the multi-agency review these need.
 *
 * @param reviewDue      when the next review is due (from the statutory or local timescale, or as the last review set it)
 * @param reviewDueSetBy the chronology entry that set that date: the plan made, or its latest review
 * @param reviews        how many reviews have been held
 */
public record Plan(UUID id, ChildId child, PlanType type, PlanCategory category, String concern, UUID leadPractitionerId,
                   UUID leadAgencyId, LocalDate startedOn, LocalDate reviewDue, UUID reviewDueSetBy, int reviews,
                   Ending ending, List<Involvement> involvements, UUID entryId) {

    public Plan {
        involvements = List.copyOf(involvements);
    }

    /** How the plan ended; {@code decision} is the review decision that ended it, if a review did. */
    public record Ending(LocalDate endedOn, String reason, ReviewDecision decision, String endedBy) {
    }

    /** An agency's involvement in the plan, from when and (once it left) until when and why. */
    public record Involvement(UUID id, UUID agencyId, LocalDate joinedOn, LocalDate leftOn, String leftBy,
                              String leftReason) {

        public boolean current() {
            return leftOn == null;
        }
    }

    public record Ended(UUID planId, LocalDate on, String reason, ReviewDecision decision, UUID reviewId, String by) {
    }

    public record AgencyLeft(UUID planId, UUID involvementId, UUID agencyId, LocalDate on, String reason, String by) {
    }

    public boolean open() {
        return ending == null;
    }

    /** The agencies involved now (the lead's among them). */
    public Set<UUID> agencies() {
        return involvements.stream().filter(Involvement::current).map(Involvement::agencyId).collect(Collectors.toSet());
    }

    public Ended end(String by, LocalDate on, String reason, ReviewDecision decision, UUID reviewId) {
        requireOpen("end");
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException("plan " + id + " cannot end before it started");
        }
        return new Ended(id, on, reason, decision, reviewId, by);
    }

    public AgencyLeft leave(UUID agencyId, String by, LocalDate on, String reason) {
        requireOpen("lose an agency");
        if (agencyId.equals(leadAgencyId)) {
            throw new IllegalStateException("the lead agency cannot leave plan " + id);
        }
        Involvement involvement = involvements.stream().filter(i -> i.current() && i.agencyId().equals(agencyId))
                .findFirst().orElseThrow(() -> new IllegalStateException("agency " + agencyId + " is not in plan " + id));
        return new AgencyLeft(id, involvement.id(), agencyId, on.isBefore(involvement.joinedOn()) ? involvement.joinedOn() : on,
                reason, by);
    }

    private void requireOpen(String what) {
        if (!open()) {
            throw new IllegalStateException("plan " + id + " has ended; it cannot " + what);
        }
    }
}
