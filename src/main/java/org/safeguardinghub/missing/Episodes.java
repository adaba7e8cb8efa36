package org.safeguardinghub.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.internal.EpisodeBook;
import org.safeguardinghub.missing.internal.EpisodeEffects;
import org.safeguardinghub.missing.internal.EpisodeEntries;
import org.safeguardinghub.missing.internal.EpisodeNotifier;
import org.safeguardinghub.missing.internal.EpisodeRecipients;
import org.safeguardinghub.missing.internal.EpisodeStore;
import org.safeguardinghub.missing.internal.MissingPermissions;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's missing episodes: recording one as it starts (or after the child came back, unreported
 * ones included), recording the return, sharing the missing profile with the police, and reading them
 * merged. Everything a form records is stored with its chronology entries, alerts and notifications
 * in one transaction: input that is refused stores nothing.
 */
@Service
public class Episodes {

    private final EpisodeBook book;
    private final EpisodeStore store;
    private final EpisodeEffects effects;
    private final EpisodeEntries entries;
    private final EpisodeNotifier notifier;
    private final AuditLog auditLog;
    private final Clock clock;

    Episodes(EpisodeBook book, EpisodeStore store, EpisodeEffects effects, EpisodeEntries entries, EpisodeNotifier notifier,
             AuditLog auditLog, Clock clock) {
        this.book = book;
        this.store = store;
        this.effects = effects;
        this.entries = entries;
        this.notifier = notifier;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What a form did: the episode it concerns, or the problems by field (message keys). */
    public record Recorded(UUID episodeId, Map<String, String> problems) {

        static Recorded refused(Map<String, String> problems) {
            return new Recorded(null, problems);
        }
    }

    /** The child's episodes as merged now, earliest first. */
    public List<Episode> of(OpenRecord record) {
        return book.read(List.of(record.child())).getOrDefault(record.child(), List.of());
    }

    public Optional<Episode> find(OpenRecord record, UUID episodeId) {
        return of(record).stream().filter(e -> e.id().equals(episodeId)).findFirst();
    }

    /** The episode going on now, if any (the latest to begin, should reports disagree). */
    public Optional<Episode> live(OpenRecord record) {
        return of(record).stream().filter(Episode::ongoing).max(Comparator.comparing(Episode::startedAt));
    }

    /** Whether the viewer may record episodes, returns, the profile and the plan for this child. */
    public Permission mayRecord(OpenRecord record) {
        return MissingPermissions.record(record.viewer(), record.basis());
    }

    @Transactional
    public Recorded start(OpenRecord record, EpisodeSubmission submission) {
        Optional<Actor.Person> by = person(record);
        if (by.isEmpty()) {
            return Recorded.refused(Map.of("from", mayRecord(record).reason()));
        }
        Map<String, String> problems = submission.problems(clock.instant());
        if (!problems.isEmpty()) {
            return Recorded.refused(problems);
        }
        Instant start = submission.started().instant().orElseThrow();
        ReturnSubmission found = submission.found();
        Report report = new Report(Ids.newId(), 1, record.child(), ReportSource.FORM, by.get().agency().id(), null, null,
                MissingFrom.valueOf(submission.from()), Absence.valueOf(submission.absence()),
                Boolean.valueOf(submission.reportedToPolice()), blankToNull(submission.policeReference()),
                RiskGrading.of(submission.riskGrading()).orElse(null), start, submission.endedAt().orElse(null),
                blankToNull(found.foundAt()), blankToNull(found.foundWith()), blankToNull(found.injuries()),
                flag(found.intoxicated()), blankToNull(found.disclosures()), Sensitivity.STANDARD, by.get().username(),
                clock.instant());
        UUID episode = save(record, report, null, report.ended() ? "RECORDED" : "STARTED", by.get());
        return new Recorded(episode, Map.of());
    }

    @Transactional
    public Recorded recordReturn(OpenRecord record, UUID episodeId, ReturnSubmission submission) {
        Optional<Actor.Person> by = person(record);
        Optional<Episode> episode = find(record, episodeId);
        if (by.isEmpty() || episode.isEmpty()) {
            return Recorded.refused(Map.of("returned", by.isEmpty() ? mayRecord(record).reason() : "missing.error.noEpisode"));
        }
        UUID agency = by.get().agency().id();
        Optional<Report> mine = episode.get().reports().stream()
                .filter(r -> r.agencyId().equals(agency) && r.source() == ReportSource.FORM).findFirst();
        if (mine.filter(Report::ended).isPresent()) {
            return Recorded.refused(Map.of("returned", "missing.error.alreadyReturned"));
        }
        Map<String, String> problems = submission.problems(episode.get().startedAt(), clock.instant());
        if (!problems.isEmpty()) {
            return Recorded.refused(problems);
        }
        Report report = returned(episode.get(), mine, submission, by.get());
        EpisodeStore.Row replaces = mine.map(r -> store.current(List.of(record.child())).get(record.child()).stream()
                .filter(row -> row.report().id().equals(r.id())).findFirst().orElseThrow()).orElse(null);
        return new Recorded(save(record, report, replaces, "RETURNED", by.get()), Map.of());
    }

    /** The report of the return: the next version of the agency's own report, or a new report of the agency's. */
    private Report returned(Episode episode, Optional<Report> mine, ReturnSubmission s, Actor.Person by) {
        Report base = mine.orElseGet(() -> new Report(Ids.newId(), 0, episode.child(), ReportSource.FORM, by.agency().id(),
                null, null, episode.mainSetting().orElse(null), Absence.MISSING, episode.reportedToPolice(), null, null,
                episode.startedAt(), null, null, null, null, null, null, Sensitivity.STANDARD, by.username(), clock.instant()));
        return new Report(base.id(), base.version() + 1, base.child(), base.source(), base.agencyId(), null,
                base.sourceEventId(), base.from(), base.absence(), base.reportedToPolice(), base.policeReference(),
                base.grading(), base.startedAt(), s.returned().instant().orElseThrow(), blankToNull(s.foundAt()),
                blankToNull(s.foundWith()), blankToNull(s.injuries()), flag(s.intoxicated()), blankToNull(s.disclosures()),
                base.sensitivity(), by.username(), clock.instant());
    }

    /** Writes the report (its chronology entries first, if it has ended), regroups and follows up; returns its episode. */
    private UUID save(OpenRecord record, Report report, EpisodeStore.Row replaces, String action, Actor.Person by) {
        Report stored = report;
        if (report.ended()) {
            UUID entry = entries.episode(report, by.agency(), by);
            stored = new Report(report.id(), report.version(), report.child(), report.source(), report.agencyId(), entry,
                    report.sourceEventId(), report.from(), report.absence(), report.reportedToPolice(),
                    report.policeReference(), report.grading(), report.startedAt(), report.endedAt(), report.foundAt(),
                    report.foundWith(), report.injuries(), report.intoxicated(), report.disclosures(),
                    report.sensitivity(), report.recordedBy(), report.recordedAt());
            if (report.disclosures() != null) {
                entries.disclosure(report, by.agency(), by);
            }
        }
        EpisodeBook.Outcome outcome = book.apply(List.of(new EpisodeBook.Change(stored, replaces, action)), by.username());
        effects.after(outcome, List.of(record.child()), by.practitionerId(), by.username());
        UUID episode = outcome.episodes().get(record.child()).stream()
                .filter(e -> e.reports().stream().anyMatch(r -> r.id().equals(report.id()))).findFirst().orElseThrow().id();
        auditLog.record(by, AuditAction.RECORD_EVENT, record.child().value(), "missing episode " + episode + ": " + action);
        return episode;
    }

    /** Shares the child's missing profile with the police of the area where the child is; returns how many were told. */
    @Transactional
    public Optional<Integer> share(OpenRecord record, UUID episodeId) {
        Optional<Actor.Person> by = person(record);
        Optional<Episode> episode = find(record, episodeId);
        if (by.isEmpty() || episode.isEmpty()) {
            return Optional.empty();
        }
        List<EpisodeRecipients.Told> told = notifier.shared(episode.get(), by.get().practitionerId(), by.get().username(),
                clock.instant());
        auditLog.record(by.get(), AuditAction.SHARE_RECORD, record.child().value(),
                "missing profile and episode " + episodeId + " shared with the police of the area where the child is");
        return Optional.of(told.size());
    }

    private Optional<Actor.Person> person(OpenRecord record) {
        return mayRecord(record).allowed() && record.viewer() instanceof Actor.Person p ? Optional.of(p) : Optional.empty();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Boolean flag(String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf(text);
    }
}
