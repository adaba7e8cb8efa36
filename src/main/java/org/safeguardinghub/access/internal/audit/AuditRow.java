package org.safeguardinghub.access.internal.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;

/**
 * One row of {@code access.audit_event} exactly as stored: the chain hashes it and the data
 * protection officer's pages show it. The action stays the stored text rather than an
 * {@link AuditAction}, so that a row whose text is not (or no longer) an action is still hashed,
 * verified and shown as it is. {@code children} is null but for one entry naming a batch's children
 * (a partner's feed batch, V88, ADR 0043), whose {@code childId} is null.
 */
public record AuditRow(long id, Instant at, String actorKind, String actor, String agencyCode, String action,
                       UUID childId, String detail, String remoteAddress, List<UUID> children) {

    static final String COLUMNS = "id, at, actor_kind, actor, agency_code, action, child_id, detail, remote_address, children";

    /** An entry about one child, or none. */
    public AuditRow(long id, Instant at, String actorKind, String actor, String agencyCode, String action, UUID childId,
                    String detail, String remoteAddress) {
        this(id, at, actorKind, actor, agencyCode, action, childId, detail, remoteAddress, null);
    }

    public boolean breakGlass() {
        return AuditAction.BREAK_GLASS.name().equals(action);
    }

    /** A signed-in person, whose username the user page takes. */
    public boolean byPractitioner() {
        return "PRACTITIONER".equals(actorKind);
    }

    /** Reads {@link #COLUMNS} from the current row. */
    static AuditRow read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
        return new AuditRow(rs.getLong("id"), at == null ? null : at.toInstant(), rs.getString("actor_kind"),
                rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"),
                rs.getObject("child_id", UUID.class), rs.getString("detail"), rs.getString("remote_address"),
                children(rs.getArray("children")));
    }

    private static List<UUID> children(Array children) throws SQLException {
        // as stored, a null inside included, so that verification reports such a row rather than failing on it
        return children == null ? null : Collections.unmodifiableList(Arrays.asList((UUID[]) children.getArray()));
    }
}
