package org.safeguardinghub.access.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the audit chain: the entries to seal, the seals, and what verification reads. */
@Component
public class AuditChainStore {

    /** A seal with its entry as the log has it now; {@code row} is null if the entry is gone. */
    public record Sealed(Seal seal, AuditRow row) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AuditChainStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** One sealer at a time across every node, until the transaction ends; false if another is sealing. */
    boolean tryLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('access.audit_seal'), 0)")
                .query(Boolean.class).single();
    }

    Optional<Seal> lastSeal() {
        return jdbc.sql("""
                select event_id, previous_event_id, row_hash, chain_hash from access.audit_seal
                order by event_id desc limit 1""").query((rs, n) -> seal(rs)).optional();
    }

    List<AuditRow> rowsAfter(long eventId, int limit) {
        return jdbc.sql("select " + AuditRow.COLUMNS + " from access.audit_event where id > :after order by id limit :limit")
                .param("after", eventId).param("limit", limit)
                .query((rs, n) -> AuditRow.read(rs)).list();
    }

    void insert(List<Seal> seals, Instant at) {
        jdbcTemplate.batchUpdate("""
                insert into access.audit_seal (event_id, previous_event_id, row_hash, chain_hash, sealed_at)
                values (?, ?, ?, ?, ?)""", seals.stream().map(s -> new Object[] {s.eventId(), s.previousEventId(),
                s.rowHash(), s.chainHash(), Timestamps.of(at)}).toList());
    }

    List<Sealed> sealedAfter(long eventId, int limit) {
        return jdbc.sql("""
                select s.event_id, s.previous_event_id, s.row_hash, s.chain_hash, e.id, e.at, e.actor_kind, e.actor,
                       e.agency_code, e.action, e.child_id, e.detail, e.remote_address, e.children
                from access.audit_seal s left join access.audit_event e on e.id = s.event_id
                where s.event_id > :after order by s.event_id limit :limit""")
                .param("after", eventId).param("limit", limit)
                .query((rs, n) -> new Sealed(seal(rs), rs.getObject("id") == null ? null : AuditRow.read(rs))).list();
    }

    /** Entries at or below the last seal that no seal covers. */
    List<Long> notSealedUpTo(long lastSealed, int limit) {
        return jdbc.sql("""
                select e.id from access.audit_event e
                where e.id <= :last and not exists (select 1 from access.audit_seal s where s.event_id = e.id)
                order by e.id limit :limit""")
                .param("last", lastSealed).param("limit", limit).query(Long.class).list();
    }

    long countNotSealedUpTo(long lastSealed) {
        return jdbc.sql("""
                select count(*) from access.audit_event e
                where e.id <= :last and not exists (select 1 from access.audit_seal s where s.event_id = e.id)""")
                .param("last", lastSealed).query(Long.class).single();
    }

    long countAfter(long eventId) {
        return jdbc.sql("select count(*) from access.audit_event where id > :after")
                .param("after", eventId).query(Long.class).single();
    }

    private static Seal seal(ResultSet rs) throws SQLException {
        return new Seal(rs.getLong("event_id"), rs.getLong("previous_event_id"), rs.getBytes("row_hash"),
                rs.getBytes("chain_hash"));
    }
}
