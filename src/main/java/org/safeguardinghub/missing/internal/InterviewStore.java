package org.safeguardinghub.missing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.ReportSource;
import org.safeguardinghub.missing.ReturnInterview;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Return interviews: SQL and nothing else. */
@Repository
public class InterviewStore {

    private static final String COLUMNS = """
            select id, child_id, episode_id, missing_event_id, source, agency_id, event_id, offered_at, offered_by, accepted,
                   completed_at, childs_voice, push_factors, pull_factors, indicators, sensitivity, recorded_by, recorded_at
            from missing.return_interview
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InterviewStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(List<ReturnInterview> interviews) {
        batch.batchUpdate("""
                insert into missing.return_interview (id, child_id, episode_id, missing_event_id, source, agency_id, event_id,
                    offered_at, offered_by, accepted, completed_at, childs_voice, push_factors, pull_factors, indicators,
                    sensitivity, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", interviews.stream().map(i -> new Object[] {
                i.id(), i.child().value(), i.episodeId(), i.missingEventId(), i.source().name(), i.agencyId(), i.eventId(),
                Timestamps.of(i.offeredAt()), i.offeredBy(), i.accepted(), Timestamps.of(i.completedAt()), i.childsVoice(),
                i.pushFactors(), i.pullFactors(), i.indicators().toArray(String[]::new), i.sensitivity().name(),
                i.recordedBy(), Timestamps.of(i.recordedAt())}).toList());
    }

    /** The current interviews that are these chronology entries. */
    public List<ReturnInterview> byEvents(Collection<UUID> eventIds) {
        return jdbc.sql(COLUMNS + " where event_id = any(:ids) and not superseded")
                .param("ids", eventIds.toArray(UUID[]::new)).query((rs, n) -> interview(rs)).list();
    }

    public void supersede(Collection<UUID> ids) {
        jdbc.sql("update missing.return_interview set superseded = true where id = any(:ids) and not superseded")
                .param("ids", ids.toArray(UUID[]::new)).update();
    }

    public Map<ChildId, List<ReturnInterview>> current(Collection<ChildId> children) {
        Map<ChildId, List<ReturnInterview>> found = new HashMap<>();
        jdbc.sql(COLUMNS + " where child_id = any(cast(:ids as uuid[])) and not superseded order by offered_at")
                .param("ids", EpisodeStore.ids(children))
                .query(rs -> {
                    ReturnInterview i = interview(rs);
                    found.computeIfAbsent(i.child(), c -> new ArrayList<>()).add(i);
                });
        return found;
    }

    private static ReturnInterview interview(ResultSet rs) throws SQLException {
        return new ReturnInterview(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getObject("episode_id", UUID.class), rs.getString("missing_event_id"),
                ReportSource.valueOf(rs.getString("source")), rs.getObject("agency_id", UUID.class),
                rs.getObject("event_id", UUID.class), EpisodeStore.instant(rs, "offered_at"), rs.getString("offered_by"),
                (Boolean) rs.getObject("accepted"), EpisodeStore.instant(rs, "completed_at"), rs.getString("childs_voice"),
                rs.getString("push_factors"), rs.getString("pull_factors"), texts(rs.getArray("indicators")),
                Sensitivity.valueOf(rs.getString("sensitivity")), rs.getString("recorded_by"),
                EpisodeStore.instant(rs, "recorded_at"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
