package org.safeguardinghub.missing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;

/**
 * A return interview offered after an episode: by whom and when, whether the child accepted, what
 * the child said (at {@code sensitivity}), the push and pull factors and the exploitation
 * indicators noticed.
 *
 * @param episodeId      the episode it follows, when recorded here against one
 * @param missingEventId the episode's eventId as a partner named it (the contract's
 *                       {@code details.missingEventId}), or null when none was named
 */
public record ReturnInterview(UUID id, ChildId child, UUID episodeId, String missingEventId, ReportSource source,
                              UUID agencyId, UUID eventId, Instant offeredAt, String offeredBy, Boolean accepted,
                              Instant completedAt, String childsVoice, String pushFactors, String pullFactors,
                              List<String> indicators, Sensitivity sensitivity, String recordedBy, Instant recordedAt) {

    public ReturnInterview {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public boolean declined() {
        return Boolean.FALSE.equals(accepted);
    }
}
