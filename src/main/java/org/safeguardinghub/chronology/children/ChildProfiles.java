package org.safeguardinghub.chronology.children;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a child's profile: details, names, identifiers, addresses, network and family. */
@Repository
public class ChildProfiles {

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Practitioners practitioners;

    ChildProfiles(JdbcClient jdbc, Agencies agencies, Practitioners practitioners) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.practitioners = practitioners;
    }

    /** The child's own row, read before anything else about them. */
    private record Details(String givenName, String familyName, LocalDate dateOfBirth, String sex, String ethnicity) {
    }

    public ChildProfile load(ChildId child) {
        UUID id = child.value();
        // the other parts are read after the row, not while its result set is open: that held a second
        // pooled connection per page and deadlocked the pool under load (docs/performance.md, "Load run")
        Details details = jdbc.sql("select given_name, family_name, date_of_birth, sex, ethnicity from chronology.child where id = :id")
                .param("id", id)
                .query((rs, n) -> new Details(rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getString("ethnicity")))
                .single();
        return new ChildProfile(child, details.givenName(), details.familyName(), details.dateOfBirth(), details.sex(),
                details.ethnicity(), names(id), identifiers(id), addresses(id), network(id), family(id));
    }

    private List<ChildProfile.Name> names(UUID child) {
        return jdbc.sql("""
                select given_name, family_name, kind, source_agency_id from chronology.child_name
                where child_id = :id order by kind, recorded_at""").param("id", child)
                .query((rs, n) -> new ChildProfile.Name(rs.getString("given_name"), rs.getString("family_name"),
                        rs.getString("kind"), code(rs.getObject("source_agency_id", UUID.class))))
                .list();
    }

    private List<ChildProfile.Identifier> identifiers(UUID child) {
        return jdbc.sql("""
                select kind, value, issuer_agency_id from chronology.child_identifier
                where child_id = :id order by kind, recorded_at""").param("id", child)
                .query((rs, n) -> new ChildProfile.Identifier(rs.getString("kind"), rs.getString("value"),
                        code(rs.getObject("issuer_agency_id", UUID.class))))
                .list();
    }

    private List<ChildProfile.Address> addresses(UUID child) {
        return jdbc.sql("""
                select address, postcode, known_from, source_agency_id from chronology.child_address
                where child_id = :id order by known_from desc""").param("id", child)
                .query((rs, n) -> new ChildProfile.Address(rs.getString("address"), rs.getString("postcode"),
                        rs.getObject("known_from", OffsetDateTime.class).toInstant(),
                        code(rs.getObject("source_agency_id", UUID.class))))
                .list();
    }

    private List<ChildProfile.NetworkMember> network(UUID child) {
        record Row(UUID id, UUID agencyId, UUID practitionerId, String role, LocalDate startedOn, LocalDate endedOn,
                   boolean allocated) {
        }
        List<Row> rows = jdbc.sql("""
                select id, agency_id, practitioner_id, role, started_on, ended_on, allocated from chronology.network_member
                where child_id = :id order by ended_on nulls first, practitioner_id is null, started_on""").param("id", child)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                        rs.getObject("practitioner_id", UUID.class), rs.getString("role"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getBoolean("allocated")))
                .list();
        Set<UUID> ids = rows.stream().map(Row::practitionerId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, Practitioner> people = practitioners.byIds(ids).stream()
                .collect(Collectors.toMap(Practitioner::id, Function.identity()));
        return rows.stream().map(r -> {
            Agency agency = agencies.byId(r.agencyId()).orElseThrow();
            Practitioner p = r.practitionerId() == null ? null : people.get(r.practitionerId());
            return new ChildProfile.NetworkMember(r.id(), agency.id(), agency.code(), agency.name(), r.practitionerId(),
                    p == null ? null : p.displayName(), p == null ? null : p.jobTitle(), p == null ? null : p.email(),
                    p == null ? null : p.phone(), r.role(), r.startedOn(), r.endedOn(), r.allocated());
        }).toList();
    }

    private List<ChildProfile.FamilyMember> family(UUID child) {
        return jdbc.sql("""
                select id, name, relationship, lives_with_child, date_of_birth, notes from chronology.family_member
                where child_id = :id order by recorded_at""").param("id", child)
                .query((rs, n) -> new ChildProfile.FamilyMember(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("relationship"), rs.getBoolean("lives_with_child"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("notes")))
                .list();
    }

    private String code(UUID agencyId) {
        return agencyId == null ? null : agencies.byId(agencyId).map(Agency::code).orElse(null);
    }
}
