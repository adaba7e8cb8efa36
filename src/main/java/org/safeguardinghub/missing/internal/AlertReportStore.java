package org.safeguardinghub.missing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.ChildId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the module last reported to oversight per child and alert code: SQL and nothing else. */
@Repository
public class AlertReportStore {

    /** A report as sent: met or not, its evidence and its reasons (as text, to compare). */
    public record Sent(boolean met, Set<UUID> evidence, String reasons) {
    }

    private final JdbcClient jdbc;

    AlertReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ChildId, Map<AlertCode, Sent>> of(Collection<ChildId> children) {
        Map<ChildId, Map<AlertCode, Sent>> sent = new HashMap<>();
        jdbc.sql("select child_id, code, met, evidence, reasons from missing.alert_reported where child_id = any(cast(:ids as uuid[]))")
                .param("ids", EpisodeStore.ids(children))
                .query(rs -> {
                    UUID[] evidence = (UUID[]) rs.getArray("evidence").getArray();
                    sent.computeIfAbsent(new ChildId(rs.getObject("child_id", UUID.class)), c -> new HashMap<>())
                            .put(AlertCode.valueOf(rs.getString("code")), new Sent(rs.getBoolean("met"), Set.of(evidence),
                                    rs.getString("reasons")));
                });
        return sent;
    }

    public void record(ChildId child, AlertCode code, Sent sent) {
        jdbc.sql("""
                insert into missing.alert_reported (child_id, code, met, evidence, reasons) values (:c, :code, :met, :e, :r)
                on conflict (child_id, code) do update set met = excluded.met, evidence = excluded.evidence,
                                                           reasons = excluded.reasons""")
                .param("c", child.value()).param("code", code.name()).param("met", sent.met())
                .param("e", sent.evidence().toArray(UUID[]::new)).param("r", sent.reasons()).update();
    }
}
