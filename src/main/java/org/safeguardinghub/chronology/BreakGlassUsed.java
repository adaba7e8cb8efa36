package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a practitioner without a relationship opened a child's record in an emergency,
 * with the reason they gave and until when, so the child's social worker and the practitioner's
 * safeguarding lead are told at once (the pattern of CP-IS, where every look-up notifies the local
 * authority).
 */
public record BreakGlassUsed(ChildId child, UUID practitionerId, String practitionerName, UUID agencyId,
                             String reason, Instant until) {
}
