package org.safeguardinghub.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A manager's oversight of a child's case: on which day, what they found (note) and what they directed. */
public record ManagerOversight(UUID id, LocalDate on, String note, String direction, UUID managerId, String recordedBy,
                               Instant recordedAt) {
}
