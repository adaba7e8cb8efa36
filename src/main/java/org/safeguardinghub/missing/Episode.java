package org.safeguardinghub.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.chronology.ChildId;

/**
 * A missing episode as the hub knows it: every report of it merged (same child, overlapping times,
 * any source). It began when the earliest report says and ended when the last report of a return
 * says; it is ongoing while no report has ended it.
 */
public record Episode(UUID id, ChildId child, Instant startedAt, Instant endedAt, List<Report> reports) {

    public Episode {
        reports = reports.stream().sorted(Comparator.comparing(Report::startedAt).thenComparing(Report::recordedAt))
                .toList();
    }

    /**
     * The episode its reports tell of: from the earliest start; ended at the latest end any report
     * gives, unless a report with no end began after it (the child went missing again, as far as
     * that source knows).
     */
    public static Episode of(UUID id, ChildId child, List<Report> reports) {
        Instant start = reports.stream().map(Report::startedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = reports.stream().map(Report::endedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        boolean stillOut = end != null && reports.stream().anyMatch(r -> !r.ended() && r.startedAt().isAfter(end));
        return new Episode(id, child, start, stillOut ? null : end, reports);
    }

    public boolean ongoing() {
        return endedAt == null;
    }

    /** How long it lasted, or has lasted so far. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, ongoing() ? now : endedAt);
    }

    /** Where the child went missing from, as the reports say (in the order they began). */
    public Set<MissingFrom> from() {
        return reports.stream().map(Report::from).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The setting it is drawn as: the first report's that says. */
    public Optional<MissingFrom> mainSetting() {
        return from().stream().findFirst();
    }

    /** The highest police risk grading any report gives. */
    public Optional<RiskGrading> grading() {
        return Optional.ofNullable(reports.stream().map(Report::grading).reduce(null, RiskGrading::higher));
    }

    public boolean reportedToPolice() {
        return reports.stream().anyMatch(r -> Boolean.TRUE.equals(r.reportedToPolice()));
    }

    public Set<UUID> agencies() {
        return reports.stream().map(Report::agencyId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The chronology entries of its reports: the evidence an alert about it gives. */
    public Set<UUID> eventIds() {
        return reports.stream().map(Report::eventId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Whether a partner naming an episode by its eventId (or the hub's id of an entry or report) means this one. */
    public boolean isNamedBy(String eventId) {
        return eventId.equals(id.toString()) || reports.stream().anyMatch(r -> eventId.equals(r.sourceEventId())
                || eventId.equals(r.id().toString()) || r.eventId() != null && eventId.equals(r.eventId().toString()));
    }

    public List<String> foundAt() {
        return distinct(reports.stream().map(Report::foundAt).toList());
    }

    public List<String> foundWith() {
        return distinct(reports.stream().map(Report::foundWith).toList());
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
