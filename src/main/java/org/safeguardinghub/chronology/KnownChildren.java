package org.safeguardinghub.chronology;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeguardinghub.chronology.children.NameKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Known children as the identity module compares them with a subject: each child's current name,
 * date of birth, sex, latest postcode and address, and NHS number. Records merged into another are
 * left out. Not a view of any child's record: nothing here is shown to a person as it is.
 */
@Service
public class KnownChildren {

    static final int LIMIT = 5000;

    private final JdbcClient jdbc;

    KnownChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The date with day and month swapped where that is a date (3 April written as 4 March), else
     * the date itself: partners' systems confuse the two, so matching looks at both.
     */
    public static LocalDate dayAndMonthSwapped(LocalDate date) {
        try {
            return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        } catch (java.time.DateTimeException e) {
            return date;
        }
    }

    /** The children born on any of these days. */
    public Map<ChildId, Subject> bornOn(Collection<LocalDate> days) {
        Map<ChildId, Subject> children = new LinkedHashMap<>();
        if (days.isEmpty()) {
            return children;
        }
        jdbc.sql("""
                select c.id, c.given_name, c.family_name, c.date_of_birth, c.sex,
                       (select i.value from chronology.child_identifier i where i.child_id = c.id and i.kind = 'NHS'
                        order by i.value limit 1) as nhs,
                       a.postcode, a.address
                from chronology.child c
                left join lateral (select postcode, address from chronology.child_address where child_id = c.id
                                   order by known_from desc limit 1) a on true
                where c.date_of_birth = any(:days)
                  and not exists (select 1 from chronology.child_merge m where m.from_child_id = c.id and m.unmerged_at is null)
                """ + "limit " + LIMIT)
                .param("days", days.stream().distinct().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .query(rs -> {
                    children.put(new ChildId(rs.getObject("id", UUID.class)), new Subject(rs.getString("nhs"), null, null,
                            rs.getString("given_name"), rs.getString("family_name"),
                            rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getString("postcode"),
                            rs.getString("address")));
                });
        return children;
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
