package org.safeguardinghub.missing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.MissingPatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The patterns table's figures, from the summaries the module keeps as reports are recorded
 * ({@code missing_patterns}, migration V81, ADR 0034): one row per episode and (agency, sensitivity)
 * of its reports, and one per place or person found and (agency, sensitivity); and (V85) what every
 * viewer who sees a child's other agencies' reports reads alike of it, its standard view, per episode,
 * child and place or person. The page reads them in ONE statement that draws the four tables and the
 * totals, for the children a manager may open: the standard view as it is where it is what the manager
 * reads, the contributions grouped only for the other children (the restricted remainder). What
 * the manager reads follows {@link MissingReading}, decided in Java and passed in as parameters:
 * every report of a child whose record they may see shows (restricted ones only as counted episodes),
 * else only their agency's own; times, places and people come only from reports they read.
 */
@Repository
public class PatternStore {

    /**
     * Who is asking, decided beforehand: the children they may open, those of them whose other
     * agencies' reports they see, their agency, and the sensitivities they read of other agencies.
     */
    public record Scope(Collection<ChildId> open, Collection<ChildId> seesOthers, UUID agencyId,
                        Collection<Sensitivity> readable) {
    }

    /** How much the tables show: rows per table, episodes that make a hotspot, children named per place or person. */
    public record Limits(int rows, int minEpisodes, int namesPerRow, List<String> notAPattern) {
    }

    private enum Part { TOTAL, MOST, LONGEST, PLACE, PERSON }

    // For each child the manager may open (viewed): whether what they read of it is its standard view
    // (common: they see its other agencies' reports, and it has no restricted contribution of their
    // agency or of a restricted sensitivity they read; V85), taken from the roll-ups as it is; the
    // others (rest) as before V85: their contributions, those of the viewer's agency or every one of a
    // child whose other agencies' reports they see, and whether the viewer reads each; the episodes
    // they make (an episode's only contribution taken as it is, the others grouped; ended as Episode.of
    // says: at the latest end, unless a report with no end began after it); places and people per
    // episode, then per child. Then per child and per place or person, the common and the rest
    // together (hash aggregates, no distinct counts); the children named only for the rows shown; the
    // longest episodes read from the roll-up's index until enough are found (a hashed test of the
    // common children, "is true" so it is not planned as a join that loops over them).
    static final String PATTERNS = """
            with viewed as materialized (
                select s.child_id, s.episodes, s.seconds, s.latest, o.id is not null as sees_others,
                       o.id is not null and not (:agency = any(s.restricted_agencies)
                                                 or s.restricted_sensitivities && cast(:readable as text[])) as common
                from missing_patterns.child_standard s
                join unnest(cast(:open as uuid[])) as c (id) on c.id = s.child_id
                left join unnest(cast(:others as uuid[])) as o (id) on o.id = s.child_id
            ), rest as materialized (
                select child_id, sees_others from viewed where not common
            ), parts as materialized (
                select p.child_id, p.episode_id, p.began, p.ended, p.open_since, p.alone,
                       (p.agency_id = :agency or (r.sees_others and p.sensitivity = any(cast(:readable as text[])))) as reads
                from missing_patterns.episode_part p
                join rest r on r.child_id = p.child_id
                where p.agency_id = :agency or r.sees_others
            ), grouped as (
                select child_id, episode_id, case when reads then began end as began, case when reads then ended end as ended,
                       case when reads then open_since end as open_since, began as shown_at
                from parts where alone
                union all
                select child_id, episode_id, min(began) filter (where reads), max(ended) filter (where reads),
                       max(open_since) filter (where reads), min(began)
                from parts where not alone group by child_id, episode_id
            ), episodes as materialized (
                select *, ended is not null and (open_since is null or open_since <= ended) as over from grouped
            ), children as materialized (
                select child_id, count(*) as episodes,
                       extract(epoch from coalesce(sum(ended - began) filter (where over), interval '0')) as seconds,
                       max(coalesce(began, shown_at)) as latest
                from episodes group by child_id
                union all
                select child_id, episodes, seconds, latest from viewed where common
            ), found_rest as materialized (
                select kind, key, child_id, min(label) as label, count(*) as episodes
                from (select f.kind, f.key, f.child_id, min(f.label) as label
                      from missing_patterns.found_part f
                      join rest r on r.child_id = f.child_id
                      where (f.agency_id = :agency or (r.sees_others and f.sensitivity = any(cast(:readable as text[]))))
                        and f.key <> all(cast(:notAPattern as text[]))
                      group by f.kind, f.key, f.child_id, f.episode_id) e
                group by kind, key, child_id
            ), found as materialized (
                select kind, key, min(label) as label, sum(episodes) as episodes, count(*) as children
                from (select kind, key, label, episodes from found_rest
                      union all
                      select f.kind, f.key, f.label, f.episodes
                      from missing_patterns.found_standard f
                      join viewed v on v.child_id = f.child_id and v.common
                      where f.key <> all(cast(:notAPattern as text[]))) r
                group by kind, key
            ), tops as materialized (
                select 'PLACE' as part, row_number() over (order by episodes desc, children desc, label) as pos, *
                from (select * from found where kind = 'PLACE' and episodes >= :minEpisodes
                      order by episodes desc, children desc, label limit :rows) h
                union all
                select 'PERSON', row_number() over (order by children desc, episodes desc, label), *
                from (select * from found where kind = 'PERSON' and children > 1
                      order by children desc, episodes desc, label limit :rows) a
            ), named as (
                select t.part, t.pos, t.label, t.episodes, t.children, array_agg(n.child_id order by n.child_id) as named
                from tops t
                join (select r.kind, r.key, r.child_id from found_rest r
                      union all
                      select f.kind, f.key, f.child_id from tops t
                      join missing_patterns.found_standard f on f.kind = t.kind and f.key = t.key
                      join viewed v on v.child_id = f.child_id and v.common) n on n.kind = t.kind and n.key = t.key
                group by t.part, t.pos, t.label, t.episodes, t.children
            )
            select 'TOTAL' as part, 0 as pos, null::uuid as child_id, null::uuid as episode_id, null::text as label,
                   (select coalesce(sum(episodes), 0) from children) as episodes, (select count(*) from children) as children,
                   null::numeric as seconds, null::timestamptz as at, null::uuid[] as named
            union all
            select 'MOST', row_number() over (order by episodes desc, seconds desc, child_id), child_id, null, null,
                   episodes, null, seconds, latest, null
            from (select * from children order by episodes desc, seconds desc, child_id limit :rows) m
            union all
            select 'LONGEST', row_number() over (order by seconds desc, episode_id), child_id, episode_id, null, null, null,
                   seconds, began, null
            from (select * from (select child_id, episode_id, began, extract(epoch from ended - began) as seconds from episodes
                                 where over and began is not null
                                 union all
                                 (select e.child_id, e.episode_id, e.began, e.seconds from missing_patterns.episode_standard e
                                  where e.seconds is not null and (e.child_id in (select child_id from viewed where common)) is true
                                  order by e.seconds desc, e.episode_id limit :rows)) u
                  order by seconds desc, episode_id limit :rows) l
            union all
            select part, pos, null, null, label, episodes, children, null, null, named from named""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PatternStore(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Every child with an episode: the candidates whose access is decided before anything is counted. */
    public List<ChildId> childrenWithReports() {
        return jdbc.sql("select child_id from missing_patterns.child_standard")
                .query((rs, n) -> child(rs)).list();
    }

    /**
     * Brings these children's summaries into line with their current reports and episodes; called in
     * the transaction that changed them, with the children locked ({@link EpisodeBook}).
     */
    public void refresh(Collection<ChildId> children) {
        if (!children.isEmpty()) {
            jdbc.sql("select missing_patterns.refresh(cast(:ids as uuid[]))").param("ids", EpisodeStore.ids(children))
                    .query((rs, n) -> 1).list();
        }
    }

    public MissingPatterns patterns(Scope scope, Limits limits) {
        if (scope.open().isEmpty()) {
            return new MissingPatterns(0, 0, List.of(), List.of(), List.of(), List.of(), limits.minEpisodes());
        }
        Map<Part, List<Row>> rows = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            rows.put(part, new ArrayList<>());
        }
        // Planned with the lists' real lengths each time: a cached generic plan takes a list of 5,000
        // children for 10 and loops over the index once a child instead of hashing the list.
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            jdbc.sql(PATTERNS).params(params(scope, limits)).query((rs, n) -> new Row(Part.valueOf(rs.getString("part")),
                    rs.getLong("pos"), rs)).list().forEach(row -> rows.get(row.part()).add(row));
        });
        rows.values().forEach(list -> list.sort(java.util.Comparator.comparingLong(Row::pos)));
        Row total = rows.get(Part.TOTAL).getFirst();
        return new MissingPatterns(total.children(), total.episodes(),
                rows.get(Part.MOST).stream().map(r -> new MissingPatterns.ChildEpisodes(r.child(), r.episodes(), r.length(),
                        r.at())).toList(),
                rows.get(Part.LONGEST).stream().map(r -> new MissingPatterns.LongEpisode(r.child(), r.episode(), r.at(),
                        r.length())).toList(),
                shared(rows.get(Part.PLACE), limits), shared(rows.get(Part.PERSON), limits), limits.minEpisodes());
    }

    private static List<MissingPatterns.Shared> shared(List<Row> rows, Limits limits) {
        return rows.stream().map(r -> new MissingPatterns.Shared(r.label(), r.episodes(), r.children(),
                r.named().stream().limit(limits.namesPerRow()).toList())).toList();
    }

    /** One row of the statement's answer, whichever table it belongs to (columns it does not use are null). */
    private record Row(Part part, long pos, ChildId child, UUID episode, String label, int episodes, int children,
                       Duration length, java.time.Instant at, List<ChildId> named) {

        Row(Part part, long pos, ResultSet rs) throws SQLException {
            this(part, pos, rs.getObject("child_id") == null ? null : PatternStore.child(rs),
                    rs.getObject("episode_id", UUID.class), rs.getString("label"), rs.getInt("episodes"),
                    rs.getInt("children"), duration(rs), EpisodeStore.instant(rs, "at"), PatternStore.named(rs));
        }
    }

    static Map<String, Object> params(Scope scope, Limits limits) {
        return Map.of("open", EpisodeStore.ids(scope.open()), "others", EpisodeStore.ids(scope.seesOthers()),
                "agency", scope.agencyId(),
                "readable", scope.readable().stream().map(Enum::name).toArray(String[]::new),
                "notAPattern", limits.notAPattern().toArray(String[]::new), "rows", limits.rows(),
                "minEpisodes", limits.minEpisodes());
    }

    private static ChildId child(ResultSet rs) throws SQLException {
        return new ChildId(rs.getObject("child_id", UUID.class));
    }

    private static Duration duration(ResultSet rs) throws SQLException {
        java.math.BigDecimal seconds = rs.getBigDecimal("seconds");
        return seconds == null ? null : Duration.ofMillis(Math.round(seconds.doubleValue() * 1000));
    }

    private static List<ChildId> named(ResultSet rs) throws SQLException {
        java.sql.Array named = rs.getArray("named");
        return named == null ? List.of() : Arrays.stream((UUID[]) named.getArray()).map(ChildId::new).toList();
    }
}
