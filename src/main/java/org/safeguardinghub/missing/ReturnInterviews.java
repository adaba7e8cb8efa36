package org.safeguardinghub.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.internal.EpisodeBook;
import org.safeguardinghub.missing.internal.EpisodeEntries;
import org.safeguardinghub.missing.internal.InterviewStore;
import org.safeguardinghub.missing.internal.MissingAlerts;
import org.safeguardinghub.missing.internal.MissingPermissions;
import org.safeguardinghub.missing.internal.Placements;
import org.safeguardinghub.missing.internal.ReturnInterviewClock;
import org.safeguardinghub.missing.internal.ReturnInterviewOverdueRule;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return interviews: each ended episode gets one, offered within 72 hours of the return by someone
 * independent of the carers; its clock, counted in hours; and the interview recorded with the child's
 * voice, the push and pull factors and the exploitation indicators noticed.
 */
@Service
public class ReturnInterviews {

    private final Episodes episodes;
    private final InterviewStore store;
    private final EpisodeEntries entries;
    private final MissingAlerts alerts;
    private final EpisodeBook book;
    private final Placements placements;
    private final Agencies agencies;
    private final AuditLog auditLog;
    private final MissingProperties settings;
    private final Clock clock;

    ReturnInterviews(Episodes episodes, InterviewStore store, EpisodeEntries entries, MissingAlerts alerts, EpisodeBook book,
                     Placements placements, Agencies agencies, AuditLog auditLog, MissingProperties settings, Clock clock) {
        this.episodes = episodes;
        this.store = store;
        this.entries = entries;
        this.alerts = alerts;
        this.book = book;
        this.placements = placements;
        this.agencies = agencies;
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every current interview of the child, earliest offered first. */
    public List<ReturnInterview> of(OpenRecord record) {
        return store.current(List.of(record.child())).getOrDefault(record.child(), List.of());
    }

    /** Where the episode's interview stands (its 72-hour clock), given the child's interviews. */
    public ReturnInterviewClock.Reading clock(Episode episode, List<ReturnInterview> interviews) {
        return ReturnInterviewClock.read(episode.endedAt(), settings.returnInterviewWithin(),
                ReturnInterviewOverdueRule.firstOffer(episode, interviews), clock.instant());
    }

    /** The interviews that count for the episode. */
    public List<ReturnInterview> forEpisode(Episode episode, List<ReturnInterview> interviews) {
        return interviews.stream().filter(i -> ReturnInterviewOverdueRule.countsFor(i, episode)).toList();
    }

    /** Whether the viewer may record the episode's interview: someone working with the child, independent of the carers. */
    public Permission mayRecord(OpenRecord record, Episode episode) {
        return MissingPermissions.interview(record.viewer(), record.basis(), carers(record, episode));
    }

    /** The care providers the child went missing from or lives with. */
    Set<UUID> carers(OpenRecord record, Episode episode) {
        Set<UUID> carers = new HashSet<>();
        episode.reports().stream().filter(r -> r.from() == MissingFrom.CARE).forEach(r -> carers.add(r.agencyId()));
        placements.relations(record.child()).involvedAgencies().forEach(carers::add);
        carers.removeIf(id -> agencies.byId(id).map(a -> a.type() != AgencyType.CARE_PROVIDER).orElse(true));
        return carers;
    }

    @Transactional
    public Episodes.Recorded record(OpenRecord record, UUID episodeId, InterviewSubmission submission) {
        Optional<Episode> episode = episodes.find(record, episodeId);
        if (episode.isEmpty() || episode.get().ongoing()) {
            return Episodes.Recorded.refused(Map.of("offered", "missing.error.noEpisode"));
        }
        Permission may = mayRecord(record, episode.get());
        if (may.refused() || !(record.viewer() instanceof Actor.Person by)) {
            return Episodes.Recorded.refused(Map.of("offered", may.reason()));
        }
        Map<String, String> problems = submission.problems(episode.get().startedAt(), clock.instant());
        if (!problems.isEmpty()) {
            return Episodes.Recorded.refused(problems);
        }
        ReturnInterview interview = interview(episode.get(), submission, by);
        UUID entry = entries.interview(interview, by.agency(), by);
        store.insert(List.of(withEntry(interview, entry)));
        alerts.reconcile(book.read(List.of(record.child())), List.of(record.child()), false);
        auditLog.record(by, AuditAction.RECORD_EVENT, record.child().value(), "return interview after missing episode "
                + episodeId);
        return new Episodes.Recorded(episodeId, Map.of());
    }

    private ReturnInterview interview(Episode episode, InterviewSubmission s, Actor.Person by) {
        // the episode is named as partners name it: by one of its chronology entries, else by a report
        String named = episode.reports().stream().filter(r -> r.eventId() != null).findFirst()
                .map(r -> r.eventId().toString()).orElse(episode.reports().getFirst().id().toString());
        Instant now = clock.instant();
        return new ReturnInterview(Ids.newId(), episode.child(), episode.id(), named, ReportSource.FORM, by.agency().id(),
                null, s.offered().instant().orElseThrow(), by.displayName(), Boolean.valueOf(s.accepted()),
                s.completed().instant().orElse(null), Episodes.blankToNull(s.childsVoice()),
                Episodes.blankToNull(s.pushFactors()), Episodes.blankToNull(s.pullFactors()), s.indicators(),
                s.limitedSharing() ? Sensitivity.CHILD_DISCLOSURE : Sensitivity.STANDARD, by.username(), now);
    }

    private static ReturnInterview withEntry(ReturnInterview i, UUID entry) {
        return new ReturnInterview(i.id(), i.child(), i.episodeId(), i.missingEventId(), i.source(), i.agencyId(), entry,
                i.offeredAt(), i.offeredBy(), i.accepted(), i.completedAt(), i.childsVoice(), i.pushFactors(),
                i.pullFactors(), i.indicators(), i.sensitivity(), i.recordedBy(), i.recordedAt());
    }
}
