package org.safeguardinghub.chronology.children;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.AccessScope;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who has a relationship with which children: network memberships (named and agency involvement,
 * current and ended) and grants for a while (MASH, meeting, break-glass), in one or two queries
 * however many children are asked about.
 */
@Repository
public class RelationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    RelationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Each existing child's relations; children that do not exist are left out. */
    public Map<ChildId, ChildRelations> of(Collection<ChildId> children) {
        Map<ChildId, Builder> found = new HashMap<>();
        String[] ids = children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new);
        LocalDate today = LocalDate.now(clock.withZone(HubTime.ZONE));
        jdbc.sql("""
                select c.id as child_id, m.agency_id, m.practitioner_id, m.allocated,
                       m.started_on <= :today and (m.ended_on is null or m.ended_on >= :today) as current
                from unnest(cast(:ids as uuid[])) as wanted (id)
                join chronology.child c on c.id = wanted.id
                left join chronology.network_member m on m.child_id = c.id""")
                .param("ids", ids).param("today", today)
                .query(rs -> {
                    Builder b = found.computeIfAbsent(new ChildId(rs.getObject("child_id", UUID.class)), k -> new Builder());
                    UUID agency = rs.getObject("agency_id", UUID.class);
                    if (agency != null) {
                        b.member(agency, rs.getObject("practitioner_id", UUID.class), rs.getBoolean("allocated"),
                                rs.getBoolean("current"));
                    }
                });
        if (!found.isEmpty()) {
            grants(found);
        }
        Map<ChildId, ChildRelations> relations = new HashMap<>();
        found.forEach((child, b) -> relations.put(child, b.build()));
        return relations;
    }

    private void grants(Map<ChildId, Builder> children) {
        // the list is unnested once: as "child_id = any(cast(:ids as uuid[]))" a cached generic plan cast
        // the whole text list again for every grant row (70 ms for 5,000 children and 49 grants)
        jdbc.sql("""
                select g.child_id, g.kind, g.agency_id, g.practitioner_id, g.roles, g.expires_at from chronology.access_grant g
                join unnest(cast(:ids as uuid[])) as wanted (id) on wanted.id = g.child_id
                where g.ended_at is null and (g.expires_at is null or g.expires_at > :now)""")
                .param("ids", children.keySet().stream().map(c -> c.value().toString()).toArray(String[]::new))
                .param("now", Timestamps.of(clock))
                .query(rs -> {
                    OffsetDateTime until = rs.getObject("expires_at", OffsetDateTime.class);
                    children.get(new ChildId(rs.getObject("child_id", UUID.class))).grants.add(new ChildRelations.Grant(
                            ChildRelations.GrantKind.valueOf(rs.getString("kind")), rs.getObject("agency_id", UUID.class),
                            rs.getObject("practitioner_id", UUID.class), roles(rs.getArray("roles")),
                            until == null ? null : until.toInstant()));
                });
    }

    /**
     * The children of a scope: a superset of those its actor may open (named in the network,
     * involved or recorded agencies, grants), for lists that filter before deciding child by child.
     */
    public String scopeCondition(String childColumn) {
        return """
                (exists (select 1 from chronology.network_member sm where sm.child_id = %1$s
                         and (sm.practitioner_id = :scopeMe or sm.agency_id = :scopeAgency
                              or sm.agency_id = any(cast(:scopeServed as uuid[]))))
                 or exists (select 1 from chronology.access_grant sg where sg.child_id = %1$s and sg.ended_at is null
                         and (sg.practitioner_id = :scopeMe or sg.agency_id = :scopeAgency)))""".formatted(childColumn);
    }

    public Map<String, Object> scopeParameters(AccessScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeMe", scope.practitionerId());
        params.put("scopeAgency", scope.agencyId());
        params.put("scopeServed", scope.servedAgencies().stream().map(UUID::toString).toArray(String[]::new));
        return params;
    }

    /** A grant for a while; returns its id. */
    public UUID grant(ChildId child, ChildRelations.Grant grant, String reason, String source, String by) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into chronology.access_grant (id, child_id, kind, agency_id, practitioner_id, roles, reason, source,
                                                     granted_by, granted_at, expires_at)
                values (:id, :child, :kind, :agency, :practitioner, :roles, :reason, :source, :by, :at, :until)""")
                .param("id", id).param("child", child.value()).param("kind", grant.kind().name())
                .param("agency", grant.agencyId()).param("practitioner", grant.practitionerId())
                // a grant to a person has no roles; one to an agency's roles names them; one to the agency itself, none ({})
                .param("roles", grant.practitionerId() != null ? null : grant.roles().stream().map(Enum::name).toArray(String[]::new))
                .param("reason", reason).param("source", source).param("by", by).param("at", Timestamps.of(clock))
                .param("until", grant.until() == null ? null : Timestamps.of(grant.until())).update();
        return id;
    }

    /** Ends the current grants of this kind given for {@code source} (a contact's reference, a meeting's id). */
    public int endGrants(ChildRelations.GrantKind kind, String source, String by) {
        return jdbc.sql("""
                update chronology.access_grant set ended_at = :at, ended_by = :by
                where kind = :kind and source = :source and ended_at is null""")
                .param("at", Timestamps.of(clock)).param("by", by).param("kind", kind.name()).param("source", source)
                .update();
    }

    /** An emergency access to a child: who, of which agency, why, from when until when. */
    public record EmergencyLook(UUID practitionerId, UUID agencyId, String reason, java.time.Instant at,
                                java.time.Instant until) {
    }

    /** The child's emergency accesses since a time, newest first. */
    public List<EmergencyLook> breakGlassSince(ChildId child, java.time.Instant since) {
        return jdbc.sql("""
                select practitioner_id, agency_id, reason, granted_at, expires_at from chronology.access_grant
                where child_id = :child and kind = 'BREAK_GLASS' and granted_at >= :since order by granted_at desc""")
                .param("child", child.value()).param("since", Timestamps.of(since))
                .query((rs, n) -> new EmergencyLook(rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("agency_id", UUID.class), rs.getString("reason"),
                        rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((String[]) array.getArray()).map(Role::valueOf)
                .collect(Collectors.toSet());
    }

    /** Collects one child's rows. */
    private static final class Builder {

        final List<ChildRelations.Member> members = new ArrayList<>();
        final Set<UUID> involved = new HashSet<>();
        final Set<UUID> recording = new HashSet<>();
        final List<ChildRelations.Grant> grants = new ArrayList<>();

        void member(UUID agency, UUID practitioner, boolean allocated, boolean current) {
            recording.add(agency);
            if (!current) {
                return;
            }
            involved.add(agency);
            if (practitioner != null) {
                members.add(new ChildRelations.Member(practitioner, agency, allocated));
            }
        }

        ChildRelations build() {
            return new ChildRelations(members, involved, recording, grants);
        }
    }
}
