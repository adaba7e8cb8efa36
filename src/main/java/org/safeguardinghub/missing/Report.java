package org.safeguardinghub.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;

/**
 * One source's account of an episode (the home's form, a police force's feed event, a school's
 * entry), as it stands now: several reports of the same child at overlapping times are one episode.
 *
 * @param id            the report, the same through its versions (a return, a correction)
 * @param eventId       the chronology entry it is or became (null while a form's episode is ongoing)
 * @param sourceEventId the partner's own eventId, for a report from the feed
 * @param disclosures   what the child disclosed on return: read as {@link Sensitivity#CHILD_DISCLOSURE}
 */
public record Report(UUID id, int version, ChildId child, ReportSource source, UUID agencyId, UUID eventId,
                     String sourceEventId, MissingFrom from, Absence absence, Boolean reportedToPolice,
                     String policeReference, RiskGrading grading, Instant startedAt, Instant endedAt, String foundAt,
                     String foundWith, String injuries, Boolean intoxicated, String disclosures,
                     Sensitivity sensitivity, String recordedBy, Instant recordedAt) {

    public boolean ended() {
        return endedAt != null;
    }

    /** How long the child was away by this account, or so far if it has not ended. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, ended() ? endedAt : now);
    }
}
