package org.safeguardinghub.chronology.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.ChildAccess;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildMatcher;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChildSummary;
import org.safeguardinghub.chronology.KnownChildren;
import org.safeguardinghub.chronology.Match;
import org.safeguardinghub.chronology.NhsNumber;
import org.safeguardinghub.chronology.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds children by name (any name they are or were known by, ignoring case and accents; each
 * word the start of a given or family name), date of birth and NHS number, among the children the
 * viewer may open. Searches are audited with what was searched for.
 */
@Service
public class ChildSearch {

    public static final int LIMIT = 50;
    /** Children looked at to find up to {@link #LIMIT} the viewer may open. */
    static final int CANDIDATES = 400;
    static final int SIMILAR_CANDIDATES = 5000;
    static final int SIMILAR_SHOWN = 10;

    public static final String SUMMARY = """
            select c.id, c.given_name, c.family_name, c.date_of_birth,
                   (select a.postcode from chronology.child_address a where a.child_id = c.id
                    order by a.known_from desc limit 1) as postcode
            from chronology.child c
            """;

    /** What was searched for; at least one part is given. */
    public record Query(String name, LocalDate dateOfBirth, String nhsNumber) {

        public boolean isEmpty() {
            return (name == null || name.isBlank()) && dateOfBirth == null && (nhsNumber == null || nhsNumber.isBlank());
        }
    }

    private final JdbcClient jdbc;
    private final RelationStore relations;
    private final ChildAccess access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final List<ChildMatcher> matchers;

    ChildSearch(JdbcClient jdbc, RelationStore relations, ChildAccess access, AuditLog auditLog, Clock clock,
                List<ChildMatcher> matchers) {
        this.matchers = matchers;
        this.jdbc = jdbc;
        this.relations = relations;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public List<ChildSummary> search(Actor viewer, Query query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.nhsNumber() != null && !query.nhsNumber().isBlank()) {
            where.add("exists (select 1 from chronology.child_identifier i where i.child_id = c.id and i.kind = 'NHS' and i.value = :nhs)");
            params.put("nhs", NhsNumber.normalise(query.nhsNumber()));
        }
        if (query.dateOfBirth() != null) {
            where.add("c.date_of_birth = :dob");
            params.put("dob", query.dateOfBirth());
        }
        List<String> words = words(query.name());
        if (!words.isEmpty()) {
            List<String> conditions = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                conditions.add("(n.given_key like :w%1$d or n.family_key like :w%1$d or n.given_key like :ww%1$d or n.family_key like :ww%1$d)".formatted(i));
                params.put("w" + i, escapeLike(words.get(i)) + "%");
                params.put("ww" + i, "% " + escapeLike(words.get(i)) + "%");
            }
            where.add("exists (select 1 from chronology.child_name n where n.child_id = c.id and "
                    + String.join(" and ", conditions) + ")");
        }
        inScope(viewer, where, params);
        auditLog.record(viewer, AuditAction.SEARCH_CHILDREN, null, describe(query));
        List<ChildSummary> found = openable(viewer, jdbc.sql(SUMMARY + " where " + String.join(" and ", where)
                        + " order by c.family_name, c.given_name limit " + CANDIDATES)
                .params(params).query(ChildRecords::summary).list()).stream().limit(LIMIT).toList();
        auditLog.recordEach(viewer, AuditAction.VIEW_LIST, found.stream().map(c -> c.id().value()).toList(),
                "search results: " + describe(query));
        return found;
    }

    /** Only children the viewer may possibly open: a superset, narrowed child by child by {@link #openable}. */
    private void inScope(Actor viewer, List<String> where, Map<String, Object> params) {
        where.add(relations.scopeCondition("c.id"));
        params.putAll(relations.scopeParameters(access.scopeOf(viewer)));
    }

    /** The children the viewer may open, in the order given, decided as opening the record decides. */
    private List<ChildSummary> openable(Actor viewer, List<ChildSummary> children) {
        Map<ChildId, ChildRelations> known = relations.of(children.stream().map(ChildSummary::id).toList());
        return children.stream().filter(c -> known.containsKey(c.id()) && access.decide(viewer, known.get(c.id())).granted())
                .toList();
    }

    /** A child the matcher judged may be the one sought, with why. */
    public record Similar(ChildSummary child, Match match, List<String> reasons) {
    }

    /**
     * Children who may be the one sought though the search did not name them exactly (another
     * spelling, a known variant of the name, day and month swapped): those born in the year sought,
     * or on its date with day and month swapped, judged by the matcher. Needs a name and a date of
     * birth; audited with the search itself.
     */
    public List<Similar> similar(Actor viewer, Query query) {
        List<String> words = query.name() == null ? List.of() : Arrays.stream(query.name().strip().split("[\\s,]+"))
                .filter(w -> !w.isBlank()).toList();
        if (matchers.isEmpty() || words.size() < 2 || query.dateOfBirth() == null) {
            return List.of();
        }
        LocalDate born = query.dateOfBirth();
        List<String> where = new ArrayList<>(List.of(
                "(extract(year from c.date_of_birth) = :year or c.date_of_birth = :swapped)"));
        Map<String, Object> params = new HashMap<>(Map.of("year", born.getYear(), "swapped", KnownChildren.dayAndMonthSwapped(born)));
        inScope(viewer, where, params);
        Map<ChildId, ChildSummary> found = new LinkedHashMap<>();
        openable(viewer, jdbc.sql(SUMMARY + " where " + String.join(" and ", where) + " limit " + SIMILAR_CANDIDATES)
                .params(params).query(ChildRecords::summary).list()).forEach(child -> found.put(child.id(), child));
        Map<ChildId, Subject> candidates = new LinkedHashMap<>();
        found.forEach((id, child) -> candidates.put(id, new Subject(null, null, null, child.givenName(), child.familyName(),
                child.dateOfBirth(), null, child.postcode(), null)));
        Subject sought = new Subject(null, null, null, String.join(" ", words.subList(0, words.size() - 1)),
                words.getLast(), born, null, null, null);
        List<Similar> similar = matchers.getFirst().rank(sought, candidates).stream().limit(SIMILAR_SHOWN)
                .map(l -> new Similar(found.get(l.child()), l.match(), l.reasons())).toList();
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, similar.stream().map(s -> s.child().id().value()).toList(),
                "similar children: " + describe(query));
        return similar;
    }

    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(NameKey.fold(name).split("[\\s,]+")).filter(w -> !w.isBlank()).limit(4).toList();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String describe(Query query) {
        List<String> parts = new ArrayList<>();
        if (query.name() != null && !query.name().isBlank()) {
            parts.add("name=" + query.name().strip());
        }
        if (query.dateOfBirth() != null) {
            parts.add("dateOfBirth=" + query.dateOfBirth());
        }
        if (query.nhsNumber() != null && !query.nhsNumber().isBlank()) {
            parts.add("nhsNumber=" + query.nhsNumber().strip());
        }
        return String.join(", ", parts);
    }
}
