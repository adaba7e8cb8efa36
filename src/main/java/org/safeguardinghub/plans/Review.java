package org.safeguardinghub.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A review of a plan: when, what changed, the child's and family's views, who was consulted, and the decision. */
public record Review(UUID id, UUID planId, int number, LocalDate heldOn, String whatChanged, String childsView,
                     String familyView, ReviewDecision decision, String decisionNote, LocalDate nextReviewDue,
                     Set<UUID> consulted, boolean outcomesMet, String recordedBy, Instant recordedAt, UUID entryId) {

    public Review {
        consulted = Set.copyOf(consulted);
    }
}
