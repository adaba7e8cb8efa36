package org.safeguardinghub.missing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.chronology.RecordedContents;
import org.safeguardinghub.missing.Absence;
import org.safeguardinghub.missing.MissingFrom;
import org.safeguardinghub.missing.Report;
import org.safeguardinghub.missing.ReportSource;
import org.safeguardinghub.missing.ReturnInterview;
import org.safeguardinghub.missing.RiskGrading;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code MISSING_EPISODE} or {@code RETURN_INTERVIEW} as the chronology recorded it into a
 * report or an interview, by the contract's detail fields (spec/event-feed.md): {@code from},
 * {@code reportedToPolice}, {@code riskGrading}, {@code foundAt}, {@code foundWith}; {@code missingEventId},
 * {@code offeredAt}, {@code completedAt}, {@code declined}. Fields the contract does not name that
 * partners commonly send ({@code policeReference}, {@code absence}) are read when present.
 */
@Component
class FeedReports {

    private final Agencies agencies;
    private final Clock clock;

    FeedReports(Agencies agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    /** A report from the event, as a new report or a new version of {@code was} (keeping what only a form records). */
    Report report(RecordedContents.Content c, boolean fromFeed, EpisodeStore.Row was) {
        JsonNode d = c.details();
        Report old = was == null ? null : was.report();
        return new Report(old == null ? Ids.newId() : old.id(), old == null ? 1 : old.version() + 1, c.child(),
                old != null ? old.source() : fromFeed ? ReportSource.FEED : ReportSource.ENTRY, c.agencyId(), c.eventId(),
                c.sourceEventId(), choice(MissingFrom.class, text(d, "from")).orElse(null),
                choice(Absence.class, text(d, "absence")).orElse(old == null ? null : old.absence()),
                flag(d, "reportedToPolice"), Optional.ofNullable(text(d, "policeReference"))
                        .orElse(old == null ? null : old.policeReference()),
                RiskGrading.of(text(d, "riskGrading")).orElse(null), c.occurredAt(), c.endedAt(), text(d, "foundAt"),
                text(d, "foundWith"), old == null ? null : old.injuries(), old == null ? null : old.intoxicated(),
                old == null ? null : old.disclosures(), c.sensitivity(), by(c), clock.instant());
    }

    ReturnInterview interview(RecordedContents.Content c, boolean fromFeed) {
        JsonNode d = c.details();
        Boolean declined = flag(d, "declined");
        return new ReturnInterview(Ids.newId(), c.child(), null, text(d, "missingEventId"),
                fromFeed ? ReportSource.FEED : ReportSource.ENTRY, c.agencyId(), c.eventId(),
                time(text(d, "offeredAt")).orElse(c.occurredAt()), text(d, "offeredBy"),
                declined == null ? null : !declined, time(text(d, "completedAt")).orElse(null), text(d, "childsVoice"),
                text(d, "pushFactors"), text(d, "pullFactors"), texts(d, "indicators"), c.sensitivity(), by(c),
                clock.instant());
    }

    private String by(RecordedContents.Content c) {
        return agencies.byId(c.agencyId()).map(Agency::code).orElse("unknown");
    }

    static String text(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null || !value.isString() || value.stringValue().isBlank() ? null : value.stringValue().strip();
    }

    static Boolean flag(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    static List<String> texts(JsonNode details, String field) {
        List<String> values = new ArrayList<>();
        JsonNode list = details == null ? null : details.get(field);
        if (list != null && list.isArray()) {
            list.forEach(v -> {
                if (v.isString() && !v.stringValue().isBlank()) {
                    values.add(v.stringValue().strip());
                }
            });
        }
        return values;
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A time as the contract gives it: a date-time with offset, or a date (the start of that day in England). */
    static Optional<Instant> time(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay(HubTime.ZONE).toInstant()
                    : OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
