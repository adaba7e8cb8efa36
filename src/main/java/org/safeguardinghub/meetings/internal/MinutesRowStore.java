package org.safeguardinghub.meetings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.Minutes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rows a revision of the minutes is made of: written in batches, read for many revisions in one query each. */
final class MinutesRowStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    MinutesRowStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    void insert(Minutes m) {
        batch.batchUpdate("insert into meetings.attendance (minutes_id, invitation_id, attendance) values (?, ?, ?)",
                m.attendance().entrySet().stream().map(e -> new Object[] {m.id(), e.getKey(), e.getValue().name()}).toList());
        batch.batchUpdate("insert into meetings.contribution (minutes_id, agency_id, text, sensitivity) values (?, ?, ?, ?)",
                m.contributions().stream().map(c -> new Object[] {m.id(), c.agencyId(), c.text(), c.sensitivity().name()}).toList());
        List<Object[]> decisions = new ArrayList<>();
        for (int i = 0; i < m.decisions().size(); i++) {
            Decision d = m.decisions().get(i);
            decisions.add(new Object[] {m.id(), i, d.kind().name(), d.category() == null ? null : d.category().name(), d.detail()});
        }
        batch.batchUpdate("insert into meetings.decision (minutes_id, position, kind, category, detail) values (?, ?, ?, ?, ?)",
                decisions);
        List<Object[]> actions = new ArrayList<>();
        for (int i = 0; i < m.actions().size(); i++) {
            Minutes.Action a = m.actions().get(i);
            actions.add(new Object[] {m.id(), a.id(), i, a.what(), a.ownerId(), a.ownerAgencyId(), a.due(), a.doneLooksLike()});
        }
        batch.batchUpdate("""
                insert into meetings.action (minutes_id, action_id, position, what, owner_id, owner_agency_id, due_on,
                                             done_looks_like) values (?, ?, ?, ?, ?, ?, ?, ?)""", actions);
        List<Object[]> recommendations = new ArrayList<>();
        for (int i = 0; i < m.recommendations().size(); i++) {
            recommendations.add(new Object[] {m.id(), i, m.recommendations().get(i)});
        }
        batch.batchUpdate("insert into meetings.recommendation (minutes_id, position, text) values (?, ?, ?)", recommendations);
    }

    /** The revisions matching {@code where} (SQL over {@code meetings.minutes}, with named parameters), whole. */
    List<Minutes> load(String where, Map<String, ?> params) {
        List<Builder> found = jdbc.sql("select * from meetings.minutes where " + where).params(params)
                .query(this::minutes).list();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, Builder> byId = new HashMap<>();
        found.forEach(b -> byId.put(b.id(), b));
        String[] ids = Store.uuids(byId.keySet());
        jdbc.sql("select minutes_id, invitation_id, attendance from meetings.attendance where minutes_id = any(cast(:ids as uuid[]))")
                .param("ids", ids).query(rs -> {
                    byId.get(rs.getObject(1, UUID.class)).attendance().put(rs.getObject(2, UUID.class),
                            Minutes.Attendance.valueOf(rs.getString(3)));
                });
        jdbc.sql("select minutes_id, agency_id, text, sensitivity from meetings.contribution where minutes_id = any(cast(:ids as uuid[])) order by agency_id")
                .param("ids", ids).query(rs -> {
                    byId.get(rs.getObject(1, UUID.class)).contributions().add(new Minutes.Contribution(
                            rs.getObject(2, UUID.class), rs.getString(3), Sensitivity.valueOf(rs.getString(4))));
                });
        jdbc.sql("select minutes_id, kind, category, detail from meetings.decision where minutes_id = any(cast(:ids as uuid[])) order by minutes_id, position")
                .param("ids", ids).query(rs -> {
                    String category = rs.getString(3);
                    byId.get(rs.getObject(1, UUID.class)).decisions().add(new Decision(Decision.Kind.valueOf(rs.getString(2)),
                            category == null ? null : Decision.PlanCategory.valueOf(category), rs.getString(4)));
                });
        actionsAndRecommendations(ids, byId);
        return found.stream().map(Builder::build).toList();
    }

    private void actionsAndRecommendations(String[] ids, Map<UUID, Builder> byId) {
        jdbc.sql("""
                select minutes_id, action_id, what, owner_id, owner_agency_id, due_on, done_looks_like from meetings.action
                where minutes_id = any(cast(:ids as uuid[])) order by minutes_id, position""")
                .param("ids", ids).query(rs -> {
                    byId.get(rs.getObject(1, UUID.class)).actions().add(new Minutes.Action(rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                            rs.getObject(6, LocalDate.class), rs.getString(7)));
                });
        jdbc.sql("select minutes_id, text from meetings.recommendation where minutes_id = any(cast(:ids as uuid[])) order by minutes_id, position")
                .param("ids", ids).query(rs -> {
                    byId.get(rs.getObject(1, UUID.class)).recommendations().add(rs.getString(2));
                });
    }

    private Builder minutes(ResultSet rs, int row) throws SQLException {
        String participation = rs.getString("child_participation");
        return new Builder(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getInt("revision"), rs.getObject("final_version", Integer.class), rs.getObject("held_on", LocalDate.class),
                rs.getString("chair"), participation == null ? null : Minutes.ChildParticipation.valueOf(participation),
                rs.getString("child_views"), rs.getString("parents_views"), rs.getString("analysis"),
                warnings(rs.getString("warnings")), rs.getString("correction_reason"), rs.getString("recorded_by"),
                Store.instant(rs, "recorded_at"));
    }

    String warnings(List<Minutes.Warning> warnings) {
        return json.writeValueAsString(warnings.stream().map(w -> Map.of("key", w.key(), "args", w.args())).toList());
    }

    private List<Minutes.Warning> warnings(String text) {
        List<Minutes.Warning> warnings = new ArrayList<>();
        for (JsonNode w : json.readTree(text)) {
            warnings.add(new Minutes.Warning(w.get("key").stringValue(),
                    w.get("args").valueStream().map(JsonNode::stringValue).toList()));
        }
        return warnings;
    }

    static Set<Decision.Kind> kinds(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((String[]) array.getArray()).map(Decision.Kind::valueOf)
                .collect(Collectors.toSet());
    }

    /** One revision's row, collecting the rows that belong to it. */
    private record Builder(UUID id, UUID meetingId, int revision, Integer finalVersion, LocalDate heldOn, String chair,
                           Minutes.ChildParticipation participation, String childViews, String parentsViews,
                           String analysis, List<Minutes.Warning> warnings, String correctionReason, String recordedBy,
                           java.time.Instant recordedAt, Map<UUID, Minutes.Attendance> attendance,
                           List<Minutes.Contribution> contributions, List<Decision> decisions, List<Minutes.Action> actions,
                           List<String> recommendations) {

        Builder(UUID id, UUID meetingId, int revision, Integer finalVersion, LocalDate heldOn, String chair,
                Minutes.ChildParticipation participation, String childViews, String parentsViews, String analysis,
                List<Minutes.Warning> warnings, String correctionReason, String recordedBy, java.time.Instant recordedAt) {
            this(id, meetingId, revision, finalVersion, heldOn, chair, participation, childViews, parentsViews, analysis,
                    warnings, correctionReason, recordedBy, recordedAt, new HashMap<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
        }

        Minutes build() {
            return new Minutes(id, meetingId, revision, finalVersion, heldOn, chair, attendance, participation, childViews,
                    parentsViews, contributions, analysis, decisions, actions, recommendations, warnings, correctionReason,
                    recordedBy, recordedAt);
        }
    }
}
