package org.safeguardinghub.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who saw or changed what, when, and from where (DESIGN.md capability 8). Entries are written in
 * the caller's transaction, so a change and its audit entry commit or fail together; the table
 * refuses updates and deletes.
 */
@Service
public class AuditLog {

    private static final String INSERT = """
            insert into access.audit_event (at, actor_kind, actor, agency_code, action, child_id, detail, remote_address)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    public void record(Actor viewer, AuditAction action, UUID childId, String detail) {
        insert(kind(viewer), viewer.auditName(), viewer.agency().code(), action, childId, detail);
    }

    /**
     * A view (nothing changed) audited in a transaction of its own, committed durably before the page
     * or answer is given: a look that is shown is a look that is recorded.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordView(Actor viewer, AuditAction action, UUID childId, String detail) {
        record(viewer, action, childId, detail);
    }

    /**
     * A list that names children (a queue, search results, a managers' view), audited as one entry per
     * child shown, in a transaction of its own committed before the list is given.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordViews(Actor viewer, AuditAction action, Collection<UUID> childIds, String detail) {
        recordEach(viewer, action, childIds, detail);
    }

    /** One entry per child, e.g. for a batch of partner events touching many children. */
    public void recordEach(Actor viewer, AuditAction action, Collection<UUID> childIds, String detail) {
        OffsetDateTime at = Timestamps.of(clock);
        String from = remoteAddress();
        List<Object[]> rows = childIds.stream()
                .map(child -> new Object[] {at, kind(viewer), viewer.auditName(), viewer.agency().code(),
                        action.name(), child, detail, from})
                .toList();
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate(INSERT, rows);
        }
    }

    /**
     * One entry naming every child of a batch (a partner system's batch of events: hundreds of children
     * a second under ingest), found on each child's audit page like an entry about the child alone
     * (V88, ADR 0043).
     */
    public void recordBatch(Actor viewer, AuditAction action, Collection<UUID> childIds, String detail) {
        if (childIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into access.audit_event (at, actor_kind, actor, agency_code, action, child_id, detail, remote_address,
                                                children)
                values (:at, :kind, :actor, :agency, :action, null, :detail, :from, cast(:children as uuid[]))""")
                .param("at", Timestamps.of(clock)).param("kind", kind(viewer)).param("actor", viewer.auditName())
                .param("agency", viewer.agency().code()).param("action", action.name()).param("detail", detail)
                .param("from", remoteAddress())
                // as text, which the statement casts: the driver escapes a UUID array a character at a time
                .param("children", childIds.stream().map(UUID::toString).toArray(String[]::new)).update();
    }

    /** For events with no signed-in viewer, such as a failed sign-in. */
    public void recordUnauthenticated(String actor, AuditAction action, String detail) {
        insert("ANONYMOUS", actor, null, action, null, truncate(detail));
    }

    /** Something the system did about a child (an e-mail sent about them, say), one entry per child. */
    public void recordSystemAbout(String actor, AuditAction action, UUID childId, String detail) {
        insert("SYSTEM", actor, null, action, childId, truncate(detail));
    }

    /** For changes made from the command line or at start-up, by whoever runs the process. */
    public void recordSystem(String actor, AuditAction action, String detail) {
        insert("SYSTEM", actor, null, action, null, truncate(detail));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private void insert(String kind, String actor, String agencyCode, AuditAction action, UUID childId, String detail) {
        jdbc.sql(INSERT)
                .params(Timestamps.of(clock), kind, actor, agencyCode, action.name(), childId, detail, remoteAddress())
                .update();
    }

    private static String kind(Actor viewer) {
        return viewer instanceof Actor.PartnerSystem ? "API_CLIENT" : "PRACTITIONER";
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
