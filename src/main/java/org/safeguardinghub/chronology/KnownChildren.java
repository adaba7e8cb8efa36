package org.safeguardinghub.chronology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.safeguardinghub.chronology.children.NameKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Known children as the identity module compares them with a subject: each child once for every
 * name it is known by, with its date of birth, sex, latest postcode and address, and NHS number.
 * Records merged into another are left out. Not a view of any child's record: nothing here is shown
 * to a person as it is.
 */
@Service
public class KnownChildren {

    /**
     * At most this many rows for one batch's second look: the children born on its subjects' days
     * and those sharing their family names, each with its names. Far above what a batch of the
     * feed's largest size finds in a register of a few hundred thousand children.
     */
    static final int LIMIT = 50_000;

    private static final String DESCRIBED = """
            select c.id, x.given, x.family, c.date_of_birth, c.sex,
                   (select i.value from chronology.child_identifier i where i.child_id = c.id and i.kind = 'NHS'
                    order by i.value limit 1) as nhs,
                   a.postcode, a.address
            from chronology.child c
            cross join lateral (select c.given_name as given, c.family_name as family
                                union select n.given_name, n.family_name from chronology.child_name n
                                where n.child_id = c.id) x
            left join lateral (select postcode, address from chronology.child_address where child_id = c.id
                               order by known_from desc limit 1) a on true
            where not exists (select 1 from chronology.child_merge m where m.from_child_id = c.id and m.unmerged_at is null)
              and """;

    private final JdbcClient jdbc;

    KnownChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The date with day and month swapped where that is a date (3 April written as 4 March), else
     * the date itself: partners' systems confuse the two, so matching looks at both.
     */
    public static LocalDate dayAndMonthSwapped(LocalDate date) {
        int month = date.getDayOfMonth();
        int day = date.getMonthValue();
        // asked for every pair the second look compares: no exception for the dates that have no swap
        return month <= 12 && day <= java.time.YearMonth.of(date.getYear(), month).lengthOfMonth()
                ? LocalDate.of(date.getYear(), month, day) : date;
    }

    /** How a family name is compared when candidates are looked for: folded for case and accents. */
    public static String familyKey(String familyName) {
        return NameKey.fold(familyName);
    }

    /** The children born on any of these days, or known by any of these family names ({@link #familyKey}). */
    public Map<ChildId, List<Subject>> candidates(Collection<LocalDate> days, Collection<String> familyKeys) {
        if (days.isEmpty() && familyKeys.isEmpty()) {
            return Map.of();
        }
        return query("""
                c.id in (select b.id from chronology.child b where b.date_of_birth = any(:days)
                         union select f.child_id from chronology.child_name f where f.family_key = any(:families))
                limit""" + " " + LIMIT, Map.of(
                "days", days.stream().distinct().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new),
                "families", familyKeys.stream().filter(Objects::nonNull).distinct().toArray(String[]::new)));
    }

    /** These children as recorded, each once for every name it is known by. */
    public Map<ChildId, List<Subject>> describe(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return Map.of();
        }
        return query("c.id = any(:ids)", Map.of("ids", children.stream().map(ChildId::value).distinct()
                .toArray(UUID[]::new)));
    }

    private Map<ChildId, List<Subject>> query(String where, Map<String, Object> params) {
        Map<ChildId, List<Subject>> children = new LinkedHashMap<>();
        jdbc.sql(DESCRIBED + " " + where).params(params).query(rs -> {
            children.computeIfAbsent(new ChildId(rs.getObject("id", UUID.class)), k -> new ArrayList<>(2))
                    .add(new Subject(rs.getString("nhs"), null, null, rs.getString("given"), rs.getString("family"),
                            rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"),
                            rs.getString("postcode"), rs.getString("address")));
        });
        return children;
    }

    /**
     * How often two different known children share a household: pairs of records with the same
     * family name and postcode (any they were known at) and different given names, how many of them
     * were born the same day, and how many pairs of records there are in all. Duplicates of one
     * child under another given name count as two children here, which only makes the measured
     * rate, and so the caution it brings, greater.
     */
    public Households households() {
        return jdbc.sql("""
                with homes as (
                    select distinct c.id, lower(c.family_name) as family, lower(c.given_name) as given,
                           c.date_of_birth as born, upper(replace(a.postcode, ' ', '')) as postcode
                    from chronology.child c join chronology.child_address a on a.child_id = c.id
                    where c.family_name is not null and a.postcode is not null
                      and not exists (select 1 from chronology.child_merge m
                                      where m.from_child_id = c.id and m.unmerged_at is null)),
                pairs as (
                    select distinct x.id as a, y.id as b, x.born = y.born as twins
                    from homes x join homes y on x.family = y.family and x.postcode = y.postcode and x.id < y.id
                    where x.given is distinct from y.given)
                select (select count(*) from pairs) as households,
                       (select count(*) from pairs where twins) as twins,
                       (select count(*) from chronology.child) as children""")
                .query((rs, n) -> new Households(rs.getLong("households"), rs.getLong("twins"),
                        rs.getLong("children") * (rs.getLong("children") - 1) / 2))
                .single();
    }

    /** Pairs of different children sharing a household, of them born the same day, among all pairs. */
    public record Households(long households, long twins, long pairs) {
    }

    /**
     * About how many children are known (the prior odds of any one being the person sought): the
     * planner's estimate, which costs nothing, or a count while the table is new.
     */
    public long count() {
        long estimate = jdbc.sql("select reltuples::bigint from pg_class where oid = 'chronology.child'::regclass")
                .query(Long.class).single();
        return estimate > 0 ? estimate : jdbc.sql("select count(*) from chronology.child").query(Long.class).single();
    }

    /**
     * The children identified exactly by an NHS number, or else by name (as recorded by any agency,
     * ignoring case and accents) and date of birth: for emergency access, which must never guess.
     * Records merged into another are left out.
     */
    public List<ChildId> exactly(BreakGlass.Identification who) {
        if (who.nhsNumber() != null && !who.nhsNumber().isBlank()) {
            return jdbc.sql("""
                    select distinct i.child_id from chronology.child_identifier i
                    where i.kind = 'NHS' and i.value = :nhs and not exists (select 1 from chronology.child_merge m
                          where m.from_child_id = i.child_id and m.unmerged_at is null)""")
                    .param("nhs", NhsNumber.normalise(who.nhsNumber()))
                    .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).list();
        }
        return jdbc.sql("""
                select distinct c.id from chronology.child c join chronology.child_name n on n.child_id = c.id
                where n.name_key = :key and c.date_of_birth = :dob and not exists (select 1 from chronology.child_merge m
                      where m.from_child_id = c.id and m.unmerged_at is null)""")
                .param("key", NameKey.of(who.givenName(), who.familyName())).param("dob", who.dateOfBirth())
                .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).list();
    }
}
