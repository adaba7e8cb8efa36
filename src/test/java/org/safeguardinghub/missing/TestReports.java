package org.safeguardinghub.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;

/** Invented reports and episodes for the missing module's rule tests. */
public final class TestReports {

    public static final ChildId CHILD = new ChildId(UUID.nameUUIDFromBytes("missing-child".getBytes()));
    public static final UUID HOME = UUID.nameUUIDFromBytes("home".getBytes());
    public static final UUID POLICE = UUID.nameUUIDFromBytes("police".getBytes());
    public static final UUID SOCIAL_CARE = UUID.nameUUIDFromBytes("social-care".getBytes());
    public static final Instant T0 = Instant.parse("2025-01-10T12:00:00Z");

    private TestReports() {
    }

    public static Report report(UUID agency, ReportSource source, Instant start, Instant end) {
        UUID id = UUID.randomUUID();
        return new Report(id, 1, CHILD, source, agency, UUID.randomUUID(), source == ReportSource.FEED ? "M-" + id : null,
                MissingFrom.CARE, Absence.MISSING, true, null, RiskGrading.MEDIUM, start, end, null, null, null, null, null,
                Sensitivity.STANDARD, "someone", start);
    }

    /** An episode told by one police report. */
    public static Episode episode(Instant start, Duration length) {
        return Episode.of(UUID.randomUUID(), CHILD, List.of(report(POLICE, ReportSource.FEED, start,
                length == null ? null : start.plus(length))));
    }

    public static ReturnInterview interview(Instant offered, String missingEventId) {
        return new ReturnInterview(UUID.randomUUID(), CHILD, null, missingEventId, ReportSource.FEED, SOCIAL_CARE,
                UUID.randomUUID(), offered, null, true, null, null, null, null, List.of(), Sensitivity.STANDARD, "sw",
                offered);
    }

    public static Instant plusDays(Instant t, int days) {
        return t.atZone(org.safeguardinghub.shared.HubTime.ZONE).plusDays(days).toInstant();
    }
}
