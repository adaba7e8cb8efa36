package org.safeguardinghub.risk.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.Screening;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Screenings, the indicators they found, and managers' agreements, in SQL. */
@Repository
public class ScreeningStore {

    private static final String SELECT = """
            select s.*, s.tool_reasons::text as reasons, a.agreed, a.decided_by, a.decided_name, a.decided_at, a.note
            from risk.screening s left join risk.agreement a on a.screening_id = s.id""";
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScreeningStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Screening s) {
        jdbc.sql("""
                insert into risk.screening (id, child_id, tool_version, agency_id, screened_by, screened_by_name,
                    screened_at, age_years, tool_score, tool_level, tool_reasons, judged_level, level_before, rationale,
                    sensitivity, needs_agreement, agreement_due_at, event_id)
                values (:id, :child, :tool, :agency, :by, :name, :at, :age, :score, :toolLevel, cast(:reasons as jsonb),
                    :judged, :before, :rationale, :sensitivity, :needs, :due, :event)""")
                .param("id", s.id()).param("child", s.child().value()).param("tool", s.toolVersion())
                .param("agency", s.agencyId()).param("by", s.screenedBy()).param("name", s.screenedByName())
                .param("at", Timestamps.of(s.screenedAt())).param("age", s.ageYears()).param("score", s.toolScore())
                .param("toolLevel", s.toolLevel().name()).param("reasons", json.writeValueAsString(s.toolReasons()))
                .param("judged", s.judgedLevel().name())
                .param("before", s.levelBefore() == null ? null : s.levelBefore().name())
                .param("rationale", s.rationale()).param("sensitivity", s.sensitivity().name())
                .param("needs", s.needsAgreement())
                .param("due", s.agreementDueAt() == null ? null : Timestamps.of(s.agreementDueAt()))
                .param("event", s.eventId()).update();
        for (Screening.Answer answer : s.answers()) {
            jdbc.sql("insert into risk.screening_answer values (:id, :indicator, :band, :evidence)")
                    .param("id", s.id()).param("indicator", answer.indicator()).param("band", answer.band())
                    .param("evidence", answer.evidence().toArray(UUID[]::new)).update();
        }
    }

    public void agreement(Screening.AgreementGiven given) {
        Screening.Agreement a = given.agreement();
        jdbc.sql("insert into risk.agreement values (:id, :agreed, :by, :name, :at, :note)")
                .param("id", given.screeningId()).param("agreed", a.agreed()).param("by", a.by())
                .param("name", a.byName()).param("at", Timestamps.of(a.at())).param("note", a.note()).update();
    }

    /** The child's screenings, in no particular order. */
    public List<Screening> of(ChildId child) {
        return read(" where s.child_id = :child", Map.of("child", child.value()));
    }

    /** The latest screening of each of these children. */
    public Map<ChildId, Screening> latest(Collection<ChildId> children) {
        Map<ChildId, Screening> latest = new HashMap<>();
        if (!children.isEmpty()) {
            read(" where s.id in (select distinct on (child_id) id from risk.screening"
                    + " where child_id = any(cast(:children as uuid[])) order by child_id, screened_at desc, id desc)",
                    Map.of("children", ids(children)))
                    .forEach(s -> latest.put(s.child(), s));
        }
        return latest;
    }

    /** The latest screening of each child whose latest screening waits for a manager's agreement. */
    public List<Screening> waiting() {
        return read(" where s.needs_agreement and a.screening_id is null and s.id in (select distinct on (child_id) id"
                + " from risk.screening order by child_id, screened_at desc, id desc)", Map.of());
    }

    /** Serialises screenings and agreements of one child (the child row is chronology's; an advisory lock is ours). */
    public void lock(ChildId child) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 17L << 32
                ^ child.value().getMostSignificantBits() ^ child.value().getLeastSignificantBits()).query(rs -> { });
    }

    private List<Screening> read(String where, Map<String, Object> params) {
        List<Screening> screenings = jdbc.sql(SELECT + where).params(params).query(this::screening).list();
        if (screenings.isEmpty()) {
            return screenings;
        }
        Map<UUID, List<Screening.Answer>> answers = new HashMap<>();
        jdbc.sql("select * from risk.screening_answer where screening_id = any(cast(:ids as uuid[])) order by indicator")
                .param("ids", screenings.stream().map(s -> s.id().toString()).toArray(String[]::new))
                .query(rs -> {
                    answers.computeIfAbsent(rs.getObject("screening_id", UUID.class), k -> new ArrayList<>())
                            .add(new Screening.Answer(rs.getString("indicator"), rs.getString("band"), uuids(rs.getArray("evidence"))));
                });
        return screenings.stream().map(s -> new Screening(s.id(), s.child(), s.toolVersion(), s.agencyId(), s.screenedBy(),
                s.screenedByName(), s.screenedAt(), s.ageYears(), s.toolScore(), s.toolLevel(), s.toolReasons(),
                s.judgedLevel(), s.levelBefore(), s.rationale(), s.sensitivity(), s.needsAgreement(), s.agreementDueAt(),
                s.eventId(), answers.getOrDefault(s.id(), List.of()), s.agreement())).toList();
    }

    private Screening screening(ResultSet rs, int row) throws SQLException {
        String before = rs.getString("level_before");
        Instant due = rs.getTimestamp("agreement_due_at") == null ? null : rs.getTimestamp("agreement_due_at").toInstant();
        Screening.Agreement agreement = rs.getTimestamp("decided_at") == null ? null : new Screening.Agreement(
                rs.getBoolean("agreed"), rs.getString("decided_by"), rs.getString("decided_name"),
                rs.getTimestamp("decided_at").toInstant(), rs.getString("note"));
        return new Screening(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getInt("tool_version"), rs.getObject("agency_id", UUID.class), rs.getString("screened_by"),
                rs.getString("screened_by_name"), rs.getTimestamp("screened_at").toInstant(),
                (Integer) rs.getObject("age_years"), rs.getInt("tool_score"), RiskLevel.valueOf(rs.getString("tool_level")),
                json.readValue(rs.getString("reasons"), REASONS), RiskLevel.valueOf(rs.getString("judged_level")),
                before == null ? null : RiskLevel.valueOf(before), rs.getString("rationale"),
                Sensitivity.valueOf(rs.getString("sensitivity")), rs.getBoolean("needs_agreement"), due,
                rs.getObject("event_id", UUID.class), List.of(), agreement);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    static String[] ids(Collection<ChildId> children) {
        return children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new);
    }
}
