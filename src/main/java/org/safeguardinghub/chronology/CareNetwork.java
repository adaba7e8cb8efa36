package org.safeguardinghub.chronology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.children.NetworkPermissions;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to who works with a child and who the child's family are. Membership of the network
 * gives access to the record, so who may add whom is the access policy's decision. Nothing is
 * removed: a member's involvement is ended, with when, by whom and why.
 */
@Service
public class CareNetwork {

    /** The relationships a family member can have to the child (for the genogram). */
    public enum Relationship {
        MOTHER, FATHER, STEP_PARENT, SIBLING, HALF_SIBLING, GRANDPARENT, AUNT_UNCLE, CARER, PARTNER_OF_PARENT, OTHER
    }

    public record NewFamilyMember(String name, Relationship relationship, boolean livesWithChild, LocalDate dateOfBirth,
                                  String notes) {
    }

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final AuditLog auditLog;
    private final Clock clock;

    CareNetwork(JdbcClient jdbc, Agencies agencies, Practitioners practitioners, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Adds a practitioner to the child's network ({@code allocated}: as the allocated social worker),
     * if {@link NetworkPermissions} allows the actor to; refused with the reason's message key.
     *
     * @return the new member's id
     */
    @Transactional
    public UUID add(OpenRecord record, Practitioner practitioner, String role, LocalDate from, boolean allocated) {
        Permission permission = NetworkPermissions.add(record.viewer(), record.basis(), practitioner.agency(), allocated);
        if (permission.refused()) {
            throw new Refused(List.of(new FieldError("practitioner", permission.reason())));
        }
        LocalDate since = from == null ? LocalDate.now(clock) : from;
        UUID id = Ids.newId();
        int added = jdbc.sql("""
                insert into chronology.network_member (id, child_id, agency_id, practitioner_id, role, started_on,
                                                       recorded_by, recorded_at, allocated)
                values (:id, :child, :agency, :practitioner, :role, :since, :by, :at, :allocated)
                on conflict do nothing""")
                .param("allocated", allocated)
                .param("id", id).param("child", record.child().value())
                .param("agency", practitioner.agency().id()).param("practitioner", practitioner.id())
                .param("role", role == null || role.isBlank() ? null : role.strip()).param("since", since)
                .param("by", record.viewer().auditName()).param("at", Timestamps.of(clock))
                .update();
        if (added == 0) {
            throw new Refused("member", "network.error.member");
        }
        auditLog.record(record.viewer(), AuditAction.CHANGE_NETWORK, record.child().value(), "added "
                + practitioner.username() + " (" + practitioner.agency().code() + ")" + (allocated ? " as allocated" : "")
                + " from " + since);
        return id;
    }

    /**
     * Ends a member's involvement on a day (not before it began), if {@link NetworkPermissions} allows
     * the actor to; the member stays in the record's history.
     */
    @Transactional
    public void end(OpenRecord record, UUID memberId, LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refused(List.of(new FieldError("reason", "network.error.reason")));
        }
        NetworkPermissions.Membership membership = membership(record.child(), memberId)
                .orElseThrow(() -> new Refused(List.of(new FieldError("member", "network.error.noSuchMember"))));
        Permission permission = NetworkPermissions.end(record.viewer(), record.basis(), membership);
        if (permission.refused()) {
            throw new Refused(List.of(new FieldError("member", permission.reason())));
        }
        int ended = jdbc.sql("""
                update chronology.network_member set ended_on = greatest(:on, started_on), ended_by = :by, end_reason = :reason
                where id = :id and child_id = :child and ended_on is null""")
                .param("on", on).param("by", record.viewer().auditName()).param("reason", reason.strip())
                .param("id", memberId).param("child", record.child().value())
                .update();
        if (ended == 1) {
            auditLog.record(record.viewer(), AuditAction.CHANGE_NETWORK, record.child().value(),
                    "ended network member " + memberId + ": " + reason.strip());
        }
    }

    private Optional<NetworkPermissions.Membership> membership(ChildId child, UUID memberId) {
        return jdbc.sql("""
                select agency_id, practitioner_id, allocated from chronology.network_member
                where id = :id and child_id = :child and ended_on is null""")
                .param("id", memberId).param("child", child.value())
                .query((rs, n) -> new NetworkPermissions.Membership(agencies.byId(rs.getObject("agency_id", UUID.class))
                        .orElseThrow(), rs.getObject("practitioner_id", UUID.class), rs.getBoolean("allocated")))
                .optional();
    }

    /** Who works with a child today, for the system (e.g. whom to notify); not for showing a person. */
    public record Member(UUID agencyId, UUID practitionerId) {
    }

    public Map<ChildId, List<Member>> currentMembers(Collection<ChildId> children) {
        Map<ChildId, List<Member>> members = new HashMap<>();
        jdbc.sql("""
                select child_id, agency_id, practitioner_id from chronology.network_member
                where child_id = any(cast(:children as uuid[])) and started_on <= :today
                  and (ended_on is null or ended_on >= :today)""")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .param("today", LocalDate.now(clock))
                .query(rs -> {
                    members.computeIfAbsent(new ChildId(rs.getObject("child_id", UUID.class)), c -> new ArrayList<>())
                            .add(new Member(rs.getObject("agency_id", UUID.class), rs.getObject("practitioner_id", UUID.class)));
                });
        return members;
    }

    /**
     * The children that any of these agencies (involved in any way) or practitioners work with
     * today, each with the practitioners of the list who are in its network.
     */
    public Map<ChildId, Set<UUID>> childrenOf(Set<UUID> agencyIds, Set<UUID> practitionerIds) {
        Map<ChildId, Set<UUID>> children = new HashMap<>();
        jdbc.sql("""
                select child_id, practitioner_id from chronology.network_member
                where started_on <= :today and (ended_on is null or ended_on >= :today)
                  and (agency_id = any(cast(:agencies as uuid[])) or practitioner_id = any(cast(:people as uuid[])))""")
                .param("today", LocalDate.now(clock))
                .param("agencies", agencyIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("people", practitionerIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    Set<UUID> people = children.computeIfAbsent(new ChildId(rs.getObject("child_id", UUID.class)),
                            c -> new java.util.HashSet<>());
                    UUID practitioner = rs.getObject("practitioner_id", UUID.class);
                    if (practitioner != null && practitionerIds.contains(practitioner)) {
                        people.add(practitioner);
                    }
                });
        return children;
    }

    /**
     * Whom to contact about the child: the allocated social worker, or else a social worker named in
     * the network, with how to reach them; empty when no social worker is named.
     */
    public Optional<String> caseHolder(ChildId child) {
        record Named(UUID practitionerId, boolean allocated) {
        }
        List<Named> named = jdbc.sql("""
                select practitioner_id, allocated from chronology.network_member
                where child_id = :child and practitioner_id is not null and started_on <= :today
                  and (ended_on is null or ended_on >= :today)
                order by allocated desc, started_on""")
                .param("child", child.value()).param("today", LocalDate.now(clock))
                .query((rs, n) -> new Named(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
        Map<UUID, Practitioner> people = new HashMap<>();
        practitioners.byIds(named.stream().map(Named::practitionerId).collect(java.util.stream.Collectors.toSet()))
                .forEach(p -> people.put(p.id(), p));
        return named.stream().map(n -> people.get(n.practitionerId())).filter(java.util.Objects::nonNull)
                .filter(p -> p.has(Role.SOCIAL_WORKER) || named.stream().anyMatch(n -> n.allocated() && n.practitionerId().equals(p.id())))
                .findFirst().map(p -> contact(p.displayName(), p.email(), p.phone()));
    }

    private static String contact(String name, String email, String phone) {
        String reach = java.util.stream.Stream.of(email, phone).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
        return reach.isEmpty() ? name : name + " (" + reach + ")";
    }

    /** Children's names as pages and messages show them (null where no name is known). */
    public Map<ChildId, String> names(Collection<ChildId> children) {
        Map<ChildId, String> names = new HashMap<>();
        jdbc.sql("select id, given_name, family_name from chronology.child where id = any(cast(:children as uuid[]))")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .query(rs -> {
                    String name = DisplayName.of(rs.getString("given_name"), rs.getString("family_name"));
                    if (name != null) {
                        names.put(new ChildId(rs.getObject("id", UUID.class)), name);
                    }
                });
        return names;
    }

    @Transactional
    public void addFamilyMember(OpenRecord record, NewFamilyMember member) {
        jdbc.sql("""
                insert into chronology.family_member (id, child_id, name, relationship, lives_with_child, date_of_birth,
                                                      notes, recorded_by, recorded_at)
                values (:id, :child, :name, :relationship, :lives, :dob, :notes, :by, :at)""")
                .param("id", Ids.newId()).param("child", record.child().value()).param("name", member.name().strip())
                .param("relationship", member.relationship().name()).param("lives", member.livesWithChild())
                .param("dob", member.dateOfBirth()).param("notes", member.notes())
                .param("by", record.viewer().auditName()).param("at", Timestamps.of(clock))
                .update();
        auditLog.record(record.viewer(), AuditAction.CHANGE_FAMILY, record.child().value(),
                "added " + member.relationship() + " " + member.name().strip());
    }
}
