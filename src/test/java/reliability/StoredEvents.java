package reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds of a run's events, read with plain SQL beside the application: each event
 * id stored how many times, and whether anything was half stored (an event whose child the alert
 * rules neither looked at nor queued to look at again, or whose receipt was never audited: all
 * three are written in the batch's one transaction, so either all are there or none). An
 * evaluation that failed (a deadlock, say) is deferred to the deadline job in the same
 * transaction ({@code AlertEngine.evaluateOrDefer}): its deadline row counts as evaluation state.
 */
record StoredEvents(long acknowledged, long stored, long duplicates, long lost, long storedNotAcknowledged,
                    long childrenNotEvaluated, long childrenNotAudited, long openAlerts) {

    static StoredEvents check(Connection db, String prefix, Set<String> acknowledged) throws SQLException {
        Map<String, Integer> copies = new HashMap<>();
        try (PreparedStatement sql = db.prepareStatement("""
                select source_event_id, count(*) from chronology.event
                where version = 1 and source_event_id like ? group by source_event_id""")) {
            sql.setString(1, prefix + "-%");
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    copies.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        long duplicates = copies.values().stream().mapToLong(c -> c - 1).sum();
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(copies.keySet());
        Set<String> extra = new HashSet<>(copies.keySet());
        extra.removeAll(acknowledged);
        return new StoredEvents(acknowledged.size(), copies.size(), duplicates, lost.size(), extra.size(),
                count(db, prefix, """
                        select count(distinct e.child_id) from chronology.event e
                        where e.source_event_id like ?
                          and not exists (select 1 from oversight.evaluation_lock l where l.child_id = e.child_id)
                          and not exists (select 1 from oversight.deadline d where d.child_id = e.child_id)"""),
                count(db, prefix, """
                        select count(distinct e.child_id) from chronology.event e
                        where e.source_event_id like ?
                          and not exists (select 1 from access.audit_event a
                                          where (a.child_id = e.child_id or a.children @> array[e.child_id])
                                            and a.action = 'RECEIVE_EVENTS')"""),
                count(db, prefix, """
                        select count(*) from oversight.alert a where a.status in ('OPEN', 'ACKNOWLEDGED')
                          and a.child_id in (select child_id from chronology.event where source_event_id like ?)"""));
    }

    private static long count(Connection db, String prefix, String query) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(query)) {
            sql.setString(1, prefix + "-%");
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    boolean exactlyOnce() {
        return duplicates == 0 && lost == 0 && storedNotAcknowledged == 0 && childrenNotEvaluated == 0
                && childrenNotAudited == 0;
    }
}
