package org.safeguardinghub.missing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.Absence;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.MissingFrom;
import org.safeguardinghub.missing.Report;
import org.safeguardinghub.missing.ReportSource;
import org.safeguardinghub.missing.RiskGrading;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports and the episodes they are grouped into: SQL and nothing else. */
@Repository
public class EpisodeStore {

    private static final String REPORT_COLUMNS = """
            select r.id as row_id, r.report_id, r.version, r.episode_id, r.child_id, r.source, r.agency_id, r.event_id,
                   r.source_event_id, r.from_setting, r.absence, r.reported_to_police, r.police_reference, r.risk_grading,
                   r.started_at, r.ended_at, r.found_at, r.found_with, r.injuries, r.intoxicated, r.disclosures,
                   r.sensitivity, r.recorded_by, r.recorded_at
            from missing.report r
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EpisodeStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A stored version of a report: the report, which row holds it, and its episode now. */
    public record Row(UUID rowId, UUID episodeId, Report report) {
    }

    /** An episode's own row: when it was first known. */
    public record EpisodeRow(UUID id, ChildId child, Instant startedAt, Instant endedAt, Instant createdAt) {
    }

    /** Serialises changes to these children's episodes (taken in a fixed order, so never a deadlock). */
    public void lock(Collection<ChildId> children) {
        String[] ids = ids(children);
        jdbc.sql("""
                select count(pg_advisory_xact_lock(hashtextextended('missing:' || c, 0)))
                from (select unnest(cast(:ids as text[])) as c order by 1) as ordered""")
                .param("ids", ids).query(Long.class).single();
    }

    public Map<ChildId, List<Row>> current(Collection<ChildId> children) {
        Map<ChildId, List<Row>> rows = new HashMap<>();
        jdbc.sql(REPORT_COLUMNS + " join unnest(cast(:ids as uuid[])) as c (id) on r.child_id = c.id where not r.superseded")
                .param("ids", ids(children))
                .query(rs -> {
                    Row row = row(rs);
                    rows.computeIfAbsent(row.report().child(), c -> new ArrayList<>()).add(row);
                });
        return rows;
    }

    /** The current versions of the reports that are (or were written as) these chronology entries. */
    public List<Row> byEvents(Collection<UUID> eventIds) {
        return jdbc.sql(REPORT_COLUMNS + " where r.event_id = any(:ids) and not r.superseded")
                .param("ids", eventIds.toArray(UUID[]::new)).query((rs, n) -> row(rs)).list();
    }

    public List<EpisodeRow> episodes(Collection<UUID> ids) {
        return jdbc.sql("select id, child_id, started_at, ended_at, created_at from missing.episode where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new EpisodeRow(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                        instant(rs, "started_at"), instant(rs, "ended_at"), instant(rs, "created_at")))
                .list();
    }

    public void insertEpisodes(List<EpisodeRow> episodes, Instant now) {
        batch.batchUpdate("""
                insert into missing.episode (id, child_id, started_at, ended_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?)""", episodes.stream().map(e -> new Object[] {e.id(), e.child().value(),
                Timestamps.of(e.startedAt()), Timestamps.of(e.endedAt()), Timestamps.of(now), Timestamps.of(now)}).toList());
    }

    public void insertReports(List<Row> rows) {
        batch.batchUpdate("""
                insert into missing.report (id, report_id, version, episode_id, child_id, source, agency_id, event_id,
                    source_event_id, from_setting, absence, reported_to_police, police_reference, risk_grading, started_at,
                    ended_at, found_at, found_with, injuries, intoxicated, disclosures, sensitivity, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(EpisodeStore::values).toList());
    }

    private static Object[] values(Row row) {
        Report r = row.report();
        return new Object[] {row.rowId(), r.id(), r.version(), row.episodeId(), r.child().value(), r.source().name(),
            r.agencyId(), r.eventId(), r.sourceEventId(), name(r.from()), name(r.absence()), r.reportedToPolice(),
            r.policeReference(), name(r.grading()), Timestamps.of(r.startedAt()), Timestamps.of(r.endedAt()), r.foundAt(),
            r.foundWith(), r.injuries(), r.intoxicated(), r.disclosures(), r.sensitivity().name(), r.recordedBy(),
            Timestamps.of(r.recordedAt())};
    }

    public void supersede(Collection<UUID> rowIds) {
        jdbc.sql("update missing.report set superseded = true where id = any(:ids) and not superseded")
                .param("ids", rowIds.toArray(UUID[]::new)).update();
    }

    /** Moves reports (current versions, by row) to the episodes they now belong to. */
    public void move(Map<UUID, UUID> episodeOfRow) {
        batch.batchUpdate("update missing.report set episode_id = ? where id = ?",
                episodeOfRow.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
    }

    /** New times of episodes; an episode whose end changed waits for the deadline job again. */
    public void times(Map<UUID, Episode> episodes, Instant now) {
        batch.batchUpdate("""
                update missing.episode set started_at = ?, ended_at = ?, updated_at = ?, merged_into = null, withdrawn = false,
                       interview_checked = interview_checked and ended_at is not distinct from ?
                where id = ?""", episodes.values().stream().map(e -> new Object[] {Timestamps.of(e.startedAt()),
                Timestamps.of(e.endedAt()), Timestamps.of(now), Timestamps.of(e.endedAt()), e.id()}).toList());
    }

    public void merged(Map<UUID, UUID> into, Instant now) {
        batch.batchUpdate("update missing.episode set merged_into = ?, updated_at = ? where id = ?",
                into.entrySet().stream().map(e -> new Object[] {e.getValue(), Timestamps.of(now), e.getKey()}).toList());
    }

    public void withdrawn(Collection<UUID> episodes, Instant now) {
        jdbc.sql("update missing.episode set withdrawn = true, updated_at = :now where id = any(:ids)")
                .param("now", Timestamps.of(now)).param("ids", episodes.toArray(UUID[]::new)).update();
    }

    /** Something that happened to an episode, for its history. */
    public record Step(UUID episodeId, Instant at, String actor, String action, String note) {
    }

    public void steps(List<Step> steps) {
        batch.batchUpdate("insert into missing.episode_step (episode_id, at, actor, action, note) values (?, ?, ?, ?, ?)",
                steps.stream().map(s -> new Object[] {s.episodeId(), Timestamps.of(s.at()), s.actor(), s.action(), s.note()})
                        .toList());
    }

    public List<Step> history(UUID episodeId) {
        return jdbc.sql("select episode_id, at, actor, action, note from missing.episode_step where episode_id = :e order by at, id")
                .param("e", episodeId)
                .query((rs, n) -> new Step(rs.getObject(1, UUID.class), instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("note"))).list();
    }

    /** Children with a current episode (not merged, not withdrawn) that ended at or after {@code from}. */
    public List<ChildId> childrenWithEpisodesEndedSince(Instant from) {
        return jdbc.sql("""
                select distinct child_id from missing.episode
                where merged_into is null and not withdrawn and ended_at >= :from""")
                .param("from", Timestamps.of(from))
                .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).list();
    }

    /** Children with an episode that ended by {@code cutoff} and that the deadline job has not looked at since. */
    public List<ChildId> interviewsNewlyDue(Instant cutoff, int limit) {
        return jdbc.sql("""
                select distinct child_id from (select child_id from missing.episode
                    where merged_into is null and not withdrawn and not interview_checked and ended_at is not null
                      and ended_at <= :cutoff
                    limit :limit for update skip locked) as due""")
                .param("cutoff", Timestamps.of(cutoff)).param("limit", limit)
                .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).list();
    }

    public void interviewsChecked(Collection<ChildId> children, Instant cutoff) {
        jdbc.sql("""
                update missing.episode set interview_checked = true
                where child_id = any(cast(:ids as uuid[])) and ended_at <= :cutoff and not interview_checked""")
                .param("ids", ids(children)).param("cutoff", Timestamps.of(cutoff)).update();
    }

    static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("row_id", UUID.class), rs.getObject("episode_id", UUID.class), new Report(
                rs.getObject("report_id", UUID.class), rs.getInt("version"), new ChildId(rs.getObject("child_id", UUID.class)),
                ReportSource.valueOf(rs.getString("source")), rs.getObject("agency_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("source_event_id"),
                value(MissingFrom.class, rs.getString("from_setting")), value(Absence.class, rs.getString("absence")),
                (Boolean) rs.getObject("reported_to_police"), rs.getString("police_reference"),
                value(RiskGrading.class, rs.getString("risk_grading")), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getString("found_at"), rs.getString("found_with"), rs.getString("injuries"),
                (Boolean) rs.getObject("intoxicated"), rs.getString("disclosures"),
                Sensitivity.valueOf(rs.getString("sensitivity")), rs.getString("recorded_by"), instant(rs, "recorded_at")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String[] ids(Collection<ChildId> children) {
        return children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new);
    }
}
