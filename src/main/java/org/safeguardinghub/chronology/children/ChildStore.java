package org.safeguardinghub.chronology.children;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.chronology.linking.ExactLinkingRule;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and looks up children, their names, identifiers and addresses, and the agencies
 * involved with them, in bulk: a batch of 500 partner events costs a handful of statements.
 */
@Repository
public class ChildStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ChildStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * What is on record for the identifiers and names of these subjects. The children are read by
     * key, one lookup per identifier found ({@code offset 0} keeps the lateral from being flattened):
     * joined as a set, the planner read all 100,000 children for a batch of 500 (ADR 0041).
     */
    public ExactLinkingRule.OnRecord onRecord(UUID agencyId, List<Subject> subjects) {
        Map<String, ExactLinkingRule.KnownChild> byNhs = new HashMap<>();
        Map<String, ExactLinkingRule.KnownChild> byLocal = new HashMap<>();
        Map<String, ExactLinkingRule.KnownChild> byUpn = new HashMap<>();
        String[] nhs = distinct(subjects.stream().map(Subject::nhsNumber).toList());
        String[] upn = distinct(subjects.stream().map(Subject::upn).toList());
        String[] local = distinct(subjects.stream().map(Subject::localId).toList());
        if (nhs.length + upn.length + local.length > 0) {
            jdbc.sql("""
                    select i.kind, i.value, i.child_id, c.nhs, c.given_name, c.family_name, c.date_of_birth, c.sex
                    from chronology.child_identifier i
                    cross join lateral (
                        select c.given_name, c.family_name, c.date_of_birth, c.sex,
                               (select n.value from chronology.child_identifier n where n.child_id = c.id and n.kind = 'NHS') as nhs
                        from chronology.child c where c.id = i.child_id offset 0) as c
                    where (i.kind = 'NHS' and i.value = any(:nhs))
                       or (i.kind = 'UPN' and i.value = any(:upn))
                       or (i.kind = 'LOCAL' and i.issuer_agency_id = :agency and i.value = any(:local))""")
                    .param("nhs", nhs).param("upn", upn).param("local", local).param("agency", agencyId)
                    .query(rs -> {
                        var known = new ExactLinkingRule.KnownChild(
                                new ChildId(rs.getObject("child_id", UUID.class)), rs.getString("nhs"), recorded(rs));
                        switch (rs.getString("kind")) {
                            case "NHS" -> byNhs.put(rs.getString("value"), known);
                            case "UPN" -> byUpn.put(rs.getString("value"), known);
                            default -> byLocal.put(rs.getString("value"), known);
                        }
                    });
        }
        return new ExactLinkingRule.OnRecord(byNhs, byLocal, byUpn, byNameAndBirth(subjects));
    }

    private Map<ExactLinkingRule.NameAndBirth, List<ExactLinkingRule.KnownChild>> byNameAndBirth(List<Subject> subjects) {
        Map<ExactLinkingRule.NameAndBirth, List<ExactLinkingRule.KnownChild>> found = new HashMap<>();
        String[] keys = distinct(subjects.stream().filter(Subject::hasNameAndBirthDate).map(Subject::nameKey).toList());
        if (keys.length == 0) {
            return found;
        }
        jdbc.sql("""
                select distinct n.name_key, c.date_of_birth, c.id, i.value as nhs, c.given_name, c.family_name, c.sex
                from chronology.child_name n
                join chronology.child c on c.id = n.child_id
                left join chronology.child_identifier i on i.child_id = c.id and i.kind = 'NHS'
                where n.name_key = any(:keys) and c.date_of_birth is not null""")
                .param("keys", keys)
                .query(rs -> {
                    var key = new ExactLinkingRule.NameAndBirth(rs.getString("name_key"),
                            rs.getObject("date_of_birth", LocalDate.class));
                    found.computeIfAbsent(key, k -> new ArrayList<>()).add(new ExactLinkingRule.KnownChild(
                            new ChildId(rs.getObject("id", UUID.class)), rs.getString("nhs"), recorded(rs)));
                });
        return found;
    }

    /** The child's recorded name, date of birth and sex, for the look at a link before it is made. */
    private static Subject recorded(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Subject(rs.getString("nhs"), null, null, rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), null, null);
    }

    /** A new child, described by the first subject that named them. */
    public record NewChild(ChildId id, Subject subject, UUID agencyId) {
    }

    public void create(List<NewChild> children) {
        OffsetDateTime now = Timestamps.of(clock);
        batch.batchUpdate("""
                insert into chronology.child (id, given_name, family_name, date_of_birth, sex, created_at, created_by_agency_id)
                values (?, ?, ?, ?, ?, ?, ?)""", children.stream().map(c -> new Object[] {
                c.id().value(), c.subject().givenName(), c.subject().familyName(), date(c.subject().dateOfBirth()),
                c.subject().sex(), now, c.agencyId()}).toList());
    }

    /**
     * What an event's subject tells about the child it was linked to; its identifiers only where
     * {@code identifiers} (not from a near match the matcher linked by itself).
     */
    public record Sighting(ChildId child, Subject subject, UUID agencyId, Instant occurredAt, boolean newChild,
                           boolean identifiers) {

        /** One sighting per child and subject, at the earliest time it was seen, in first-seen order. */
        public static List<Sighting> merged(List<Sighting> sightings) {
            Map<List<Object>, Sighting> merged = new LinkedHashMap<>();
            for (Sighting s : sightings) {
                merged.merge(List.of(s.child(), s.subject()), s, (a, b) -> new Sighting(a.child(), a.subject(),
                        a.agencyId(), a.occurredAt().isBefore(b.occurredAt()) ? a.occurredAt() : b.occurredAt(),
                        a.newChild() || b.newChild(), a.identifiers() && b.identifiers()));
            }
            return List.copyOf(merged.values());
        }
    }

    /**
     * Keeps what the subjects add: identifiers (where the sighting may teach them), names and
     * addresses not yet on record, and missing basic details. Nothing already recorded is
     * overwritten, and an identifier another child holds is not taken from it. Identifiers and names
     * in one statement each: most sightings are of known children whose identifiers and names are on
     * record, so those rows are left out by an index lookup before inserting rather than each being
     * refused by a unique index (ADR 0041); the unique indexes still refuse what a concurrent batch
     * has just added. Addresses, which few partners send, stay a plain batch.
     */
    public void learn(List<Sighting> sightings) {
        OffsetDateTime now = Timestamps.of(clock);
        List<Object[]> identifiers = identifiers(sightings);
        if (!identifiers.isEmpty()) {
            jdbc.sql("""
                    insert into chronology.child_identifier (id, child_id, kind, issuer_agency_id, value, source_agency_id, recorded_at)
                    select v.id, v.child_id, v.kind, v.issuer, v.value, v.source, :now
                    from unnest(cast(:id as uuid[]), cast(:child as uuid[]), :kind, cast(:issuer as uuid[]), :value,
                                cast(:source as uuid[])) as v (id, child_id, kind, issuer, value, source)
                    where not exists (select 1 from chronology.child_identifier i where i.child_id = v.child_id
                                        and i.kind = v.kind and i.value = v.value
                                        and i.issuer_agency_id is not distinct from v.issuer)
                    on conflict do nothing""")
                    .params(ColumnArrays.of(identifiers, IDENTIFIER_COLUMNS, IDENTIFIER_TYPES)).param("now", now).update();
        }
        List<Object[]> names = names(sightings);
        if (!names.isEmpty()) {
            jdbc.sql("""
                    insert into chronology.child_name (id, child_id, given_name, family_name, name_key, given_key, family_key,
                                                       kind, source_agency_id, recorded_at)
                    select v.id, v.child_id, v.given, v.family, v.name_key, v.given_key, v.family_key, v.kind, v.source, :now
                    from unnest(cast(:id as uuid[]), cast(:child as uuid[]), :given, :family, :nameKey, :givenKey, :familyKey,
                                :kind, cast(:source as uuid[]))
                         as v (id, child_id, given, family, name_key, given_key, family_key, kind, source)
                    where not exists (select 1 from chronology.child_name n where n.child_id = v.child_id and n.name_key = v.name_key)
                    on conflict do nothing""")
                    .params(ColumnArrays.of(names, NAME_COLUMNS, NAME_TYPES))
                    .param("now", now).update();
        }
        batch.batchUpdate("""
                insert into chronology.child_address (id, child_id, address, postcode, address_key, known_from,
                                                      source_agency_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", addresses(sightings, now));
        fillGaps(sightings);
    }

    private static final String[] IDENTIFIER_COLUMNS = {"id", "child", "kind", "issuer", "value", "source"};
    private static final Class<?>[] IDENTIFIER_TYPES = {UUID.class, UUID.class, String.class, UUID.class, String.class, UUID.class};
    private static final String[] NAME_COLUMNS = {"id", "child", "given", "family", "nameKey", "givenKey", "familyKey", "kind",
        "source"};
    private static final Class<?>[] NAME_TYPES = {UUID.class, UUID.class, String.class, String.class, String.class, String.class,
        String.class, String.class, UUID.class};

    private static List<Object[]> identifiers(List<Sighting> sightings) {
        List<Object[]> rows = new ArrayList<>();
        for (Sighting s : sightings) {
            if (!s.identifiers()) {
                continue;
            }
            Subject subject = s.subject();
            UUID child = s.child().value();
            if (subject.nhsNumber() != null) {
                rows.add(new Object[] {Ids.newId(), child, "NHS", null, subject.nhsNumber(), s.agencyId()});
            }
            if (subject.upn() != null) {
                rows.add(new Object[] {Ids.newId(), child, "UPN", null, subject.upn(), s.agencyId()});
            }
            if (subject.localId() != null) {
                rows.add(new Object[] {Ids.newId(), child, "LOCAL", s.agencyId(), subject.localId(), s.agencyId()});
            }
        }
        return rows;
    }

    private static List<Object[]> names(List<Sighting> sightings) {
        return sightings.stream().filter(s -> s.subject().givenName() != null || s.subject().familyName() != null)
                .map(s -> new Object[] {Ids.newId(), s.child().value(), s.subject().givenName(), s.subject().familyName(),
                        s.subject().nameKey(), NameKey.fold(s.subject().givenName()), NameKey.fold(s.subject().familyName()),
                        s.newChild() ? "CURRENT" : "ALIAS", s.agencyId()})
                .toList();
    }

    private static List<Object[]> addresses(List<Sighting> sightings, OffsetDateTime now) {
        return sightings.stream().filter(s -> s.subject().address() != null || s.subject().postcode() != null)
                .map(s -> new Object[] {Ids.newId(), s.child().value(), s.subject().address(), s.subject().postcode(),
                        NameKey.fold(s.subject().postcode()) + "|" + NameKey.fold(s.subject().address()),
                        Timestamps.of(s.occurredAt()), s.agencyId(), now})
                .toList();
    }

    /** Fills details a child's record lacks (one statement for the whole batch); never overwrites. */
    private void fillGaps(List<Sighting> sightings) {
        List<Sighting> known = sightings.stream().filter(s -> !s.newChild())
                .filter(s -> s.subject().hasNameAndBirthDate() || s.subject().sex() != null).toList();
        if (known.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update chronology.child c
                set given_name = coalesce(c.given_name, v.given), family_name = coalesce(c.family_name, v.family),
                    date_of_birth = coalesce(c.date_of_birth, v.dob), sex = coalesce(c.sex, v.sex)
                from unnest(cast(:ids as uuid[]), cast(:given as text[]), cast(:family as text[]),
                            cast(:dob as date[]), cast(:sex as text[])) as v(id, given, family, dob, sex)
                where c.id = v.id
                  and ((c.given_name is null and v.given is not null) or (c.family_name is null and v.family is not null)
                       or (c.date_of_birth is null and v.dob is not null) or (c.sex is null and v.sex is not null))""")
                .param("ids", known.stream().map(s -> s.child().value().toString()).toArray(String[]::new))
                .param("given", known.stream().map(s -> s.subject().givenName()).toArray(String[]::new))
                .param("family", known.stream().map(s -> s.subject().familyName()).toArray(String[]::new))
                .param("dob", known.stream().map(s -> s.subject().dateOfBirth() == null ? null
                        : s.subject().dateOfBirth().toString()).toArray(String[]::new))
                .param("sex", known.stream().map(s -> s.subject().sex()).toArray(String[]::new))
                .update();
    }

    /** An agency is involved with a child from the date of the first event it sent. */
    public record Involvement(ChildId child, UUID agencyId, LocalDate since) {
    }

    /** One statement; an agency already involved is left out by an index lookup (see {@link #learn}). */
    public void involve(Collection<Involvement> involvements, String recordedBy) {
        if (involvements.isEmpty()) {
            return;
        }
        List<Object[]> rows = involvements.stream().map(i -> new Object[] {Ids.newId(), i.child().value(), i.agencyId(),
                i.since() == null ? null : i.since().toString()}).toList();
        jdbc.sql("""
                insert into chronology.network_member (id, child_id, agency_id, started_on, recorded_by, recorded_at)
                select v.id, v.child_id, v.agency_id, cast(v.since as date), :by, :now
                from unnest(cast(:id as uuid[]), cast(:child as uuid[]), cast(:agency as uuid[]), :since)
                     as v (id, child_id, agency_id, since)
                where not exists (select 1 from chronology.network_member m where m.child_id = v.child_id
                                    and m.agency_id = v.agency_id and m.practitioner_id is null and m.ended_on is null)
                on conflict do nothing""")
                .params(ColumnArrays.of(rows, INVOLVEMENT_COLUMNS, INVOLVEMENT_TYPES)).param("by", recordedBy)
                .param("now", Timestamps.of(clock)).update();
    }

    private static final String[] INVOLVEMENT_COLUMNS = {"id", "child", "agency", "since"};
    private static final Class<?>[] INVOLVEMENT_TYPES = {UUID.class, UUID.class, UUID.class, String.class};

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String[] distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    }
}
