package org.safeguardinghub.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.ChildAccess;
import org.safeguardinghub.access.ChildInvolvement;
import org.safeguardinghub.chronology.children.ChildProfiles;
import org.safeguardinghub.chronology.children.ChildSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a child's record: the access decision and its audit entry are made together, every
 * time, and a child the viewer may not see is reported exactly as one that does not exist.
 */
@Service
public class ChildRecords {

    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final AuditLog auditLog;
    private final ChildProfiles profiles;
    private final Clock clock;

    ChildRecords(JdbcClient jdbc, ChildAccess access, AuditLog auditLog, ChildProfiles profiles, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Opens the child's record if the viewer may, writing {@code action} (or, if refused,
     * {@code ACCESS_DENIED}) to the audit log in the same transaction.
     */
    @Transactional
    public Optional<OpenRecord> open(Actor viewer, ChildId child, AuditAction action, String detail) {
        Optional<ChildInvolvement> involvement = involvement(child);
        AccessBasis basis = involvement.map(i -> access.decide(viewer, i)).orElse(AccessBasis.NO_ACCESS);
        if (basis == AccessBasis.NO_ACCESS) {
            auditLog.record(viewer, AuditAction.ACCESS_DENIED, involvement.isPresent() ? child.value() : null,
                    action.name() + " " + child);
            return Optional.empty();
        }
        // Opening a record only reads it, so this transaction's commit need not wait for the disk:
        // the entry is committed with the read, and only a database crash in the next fraction of a
        // second could lose it. Changes are audited in their own, fully durable transactions (ADR 0005).
        jdbc.sql("set local synchronous_commit to off").update();
        auditLog.record(viewer, action, child.value(), detail == null ? basis.name() : basis.name() + "; " + detail);
        return Optional.of(new OpenRecord(viewer, child, basis));
    }

    /** As {@link #open(Actor, ChildId, AuditAction, String)}, for an id as pages and the API show it. */
    public Optional<OpenRecord> open(Actor viewer, String childId, AuditAction action, String detail) {
        return ChildId.parse(childId).flatMap(child -> open(viewer, child, action, detail));
    }

    public ChildProfile profile(OpenRecord record) {
        return profiles.load(record.child());
    }

    /** Who currently works with the child, or empty if there is no such child. */
    Optional<ChildInvolvement> involvement(ChildId child) {
        Set<UUID> practitioners = new HashSet<>();
        Set<UUID> agencies = new HashSet<>();
        boolean[] found = {false};
        jdbc.sql("""
                select m.agency_id, m.practitioner_id
                from chronology.child c
                left join chronology.network_member m on m.child_id = c.id
                     and m.started_on <= :today and (m.ended_on is null or m.ended_on >= :today)
                where c.id = :child""")
                .param("child", child.value()).param("today", LocalDate.now(clock))
                .query((ResultSet rs) -> {
                    found[0] = true;
                    UUID agency = rs.getObject("agency_id", UUID.class);
                    UUID practitioner = rs.getObject("practitioner_id", UUID.class);
                    if (agency != null) {
                        agencies.add(agency);
                    }
                    if (practitioner != null) {
                        practitioners.add(practitioner);
                    }
                });
        return found[0] ? Optional.of(new ChildInvolvement(practitioners, agencies)) : Optional.empty();
    }

    /**
     * Which of these children the viewer may open, decided as {@link #open} decides, for lists that
     * name children (the caller audits the list as a view).
     */
    public Set<ChildId> mayOpen(Actor viewer, java.util.Collection<ChildId> children) {
        Set<ChildId> openable = new HashSet<>();
        for (ChildId child : new HashSet<>(children)) {
            involvement(child).filter(i -> access.decide(viewer, i) != AccessBasis.NO_ACCESS)
                    .ifPresent(i -> openable.add(child));
        }
        return openable;
    }

    /** The children whose current professional network names the viewer: their caseload. */
    public List<ChildSummary> caseload(Actor.Person viewer) {
        return jdbc.sql(ChildSearch.SUMMARY + """
                where c.id in (select m.child_id from chronology.network_member m
                               where m.practitioner_id = :me and m.started_on <= :today
                                 and (m.ended_on is null or m.ended_on >= :today))
                order by c.family_name, c.given_name""")
                .param("me", viewer.practitionerId()).param("today", LocalDate.now(clock))
                .query(ChildRecords::summary).list();
    }

    public static ChildSummary summary(ResultSet rs, int row) throws SQLException {
        return new ChildSummary(new ChildId(rs.getObject("id", UUID.class)), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("postcode"));
    }
}
