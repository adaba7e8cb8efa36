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
import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.chronology.children.ChildProfiles;
import org.safeguardinghub.chronology.children.ChildSearch;
import org.safeguardinghub.chronology.children.RelationStore;
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
    private final RelationStore relationStore;
    private final ChildAccess access;
    private final AuditLog auditLog;
    private final ChildProfiles profiles;
    private final Clock clock;

    ChildRecords(JdbcClient jdbc, RelationStore relationStore, ChildAccess access, AuditLog auditLog, ChildProfiles profiles, Clock clock) {
        this.jdbc = jdbc;
        this.relationStore = relationStore;
        this.access = access;
        this.auditLog = auditLog;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Opens the child's record if the viewer may, writing {@code action} (or, if refused,
     * {@code ACCESS_DENIED}) to the audit log in the same transaction, which commits durably: a look
     * that is shown is a look that is recorded.
     */
    @Transactional
    public Optional<OpenRecord> open(Actor viewer, ChildId child, AuditAction action, String detail) {
        Optional<ChildRelations> relations = Optional.ofNullable(relationStore.of(List.of(child)).get(child));
        AccessDecision decision = relations.map(r -> access.decide(viewer, r)).orElse(AccessDecision.none());
        if (!decision.granted()) {
            auditLog.record(viewer, AuditAction.ACCESS_DENIED, relations.isPresent() ? child.value() : null,
                    action.name() + " " + child);
            return Optional.empty();
        }
        boolean glass = decision.basis() == AccessBasis.BREAK_GLASS;
        // a look under break-glass is marked as such, and still says what was looked at
        String basis = glass ? decision.basis().name() + " " + action.name() : decision.basis().name();
        auditLog.record(viewer, glass ? AuditAction.BREAK_GLASS : action,
                child.value(), detail == null ? basis : basis + "; " + detail);
        return Optional.of(new OpenRecord(viewer, child, decision));
    }

    /** As {@link #open(Actor, ChildId, AuditAction, String)}, for an id as pages and the API show it. */
    public Optional<OpenRecord> open(Actor viewer, String childId, AuditAction action, String detail) {
        return ChildId.parse(childId).flatMap(child -> open(viewer, child, action, detail));
    }

    public ChildProfile profile(OpenRecord record) {
        return profiles.load(record.child());
    }

    /** Who has a relationship with the child now, or empty if there is no such child. */
    public Optional<ChildRelations> relations(ChildId child) {
        return Optional.ofNullable(relationStore.of(List.of(child)).get(child));
    }

    /**
     * Which of these children the viewer may open, decided as {@link #open} decides, for lists that
     * name children (the caller audits the list, one entry per child shown).
     */
    public Set<ChildId> mayOpen(Actor viewer, java.util.Collection<ChildId> children) {
        Set<ChildId> openable = new HashSet<>();
        var decide = access.decider(viewer);
        relationStore.of(children).forEach((child, relations) -> {
            if (decide.apply(relations).granted()) {
                openable.add(child);
            }
        });
        return openable;
    }

    /**
     * As {@link #mayOpen}, with what the viewer may read of each child they may open (the whole record
     * or their own entries, at which sensitivities), for lists that show more of a child than a name.
     */
    public java.util.Map<ChildId, AccessDecision> decide(Actor viewer, java.util.Collection<ChildId> children) {
        java.util.Map<ChildId, AccessDecision> decisions = new java.util.HashMap<>();
        var decide = access.decider(viewer);
        relationStore.of(children).forEach((child, relations) -> {
            AccessDecision decision = decide.apply(relations);
            if (decision.granted()) {
                decisions.put(child, decision);
            }
        });
        return decisions;
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
