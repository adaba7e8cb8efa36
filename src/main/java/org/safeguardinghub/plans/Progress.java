package org.safeguardinghub.plans;

import java.time.Instant;
import java.util.UUID;

/** A progress update on an action, as kept: who, of which agency, when, what happened, the status after. */
public record Progress(UUID id, UUID actionId, Instant recordedAt, String recordedBy, boolean byPartnerSystem,
                       UUID agencyId, String note, ActionStatus statusAfter, Effectiveness effectiveness, UUID reviewId) {
}
