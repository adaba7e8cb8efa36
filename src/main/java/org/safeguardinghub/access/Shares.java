package org.safeguardinghub.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What about a child was passed to which agency, why and on what lawful basis (a partner system's
 * read, an export, a meeting report), so the child's page can list who has received what, and the
 * "confusion as to whether the request ... was valid" (seeds 003 §82) is answered by the record.
 */
@Service
public class Shares {

    /** One share as listed. */
    public record Share(UUID toAgencyId, String sharedBy, String what, SharePurpose purpose, String lawfulBasis,
                        Instant at) {
    }

    private final JdbcClient jdbc;
    private final SharingProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    Shares(JdbcClient jdbc, SharingProperties properties, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Records that {@code what} about the child went to the actor's agency, for this purpose. */
    public void record(Actor actor, UUID childId, String what, SharePurpose purpose) {
        jdbc.sql("""
                insert into access.share (id, child_id, to_agency_id, shared_by, what, purpose, lawful_basis, shared_at)
                values (:id, :child, :agency, :by, :what, :purpose, :basis, :at)""")
                .param("id", Ids.newId()).param("child", childId).param("agency", actor.agency().id())
                .param("by", actor.auditName()).param("what", what).param("purpose", purpose.name())
                .param("basis", properties.lawfulBasis()).param("at", Timestamps.of(clock)).update();
        auditLog.record(actor, AuditAction.SHARE_RECORD, childId, purpose + ": " + what);
    }

    /** The child's shares, newest first. */
    public List<Share> ofChild(UUID childId, int limit) {
        return jdbc.sql("""
                select to_agency_id, shared_by, what, purpose, lawful_basis, shared_at from access.share
                where child_id = :child order by shared_at desc limit :limit""")
                .param("child", childId).param("limit", limit)
                .query((rs, n) -> new Share(rs.getObject("to_agency_id", UUID.class), rs.getString("shared_by"),
                        rs.getString("what"), SharePurpose.valueOf(rs.getString("purpose")), rs.getString("lawful_basis"),
                        rs.getObject("shared_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
