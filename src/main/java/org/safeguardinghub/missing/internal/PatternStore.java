package org.safeguardinghub.missing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.MissingPatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The patterns table's figures, aggregated in SQL over the current reports of the children a manager
 * may open (one query per table, each a hash join of the reports with the list of those children; no
 * report row travels to Java). What the manager may read follows {@link MissingReading}: every report
 * of a child whose record they may see shows (restricted ones only as counted episodes), else only
 * their agency's own; times, places and people come only from reports they read.
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

    // Reports of episodes (not merged away, not withdrawn) the viewer sees, and whether they read each.
    private static final String SEEN = """
            with seen as materialized (
                select r.child_id, r.episode_id, r.started_at, r.ended_at, r.found_at, r.found_with,
                       (r.agency_id = :agency or (o.id is not null and r.sensitivity = any(cast(:readable as text[])))) as reads
                from missing.report r
                join unnest(cast(:open as uuid[])) as c (id) on c.id = r.child_id
                left join unnest(cast(:others as uuid[])) as o (id) on o.id = r.child_id
                join missing.episode e on e.id = r.episode_id and e.merged_into is null and not e.withdrawn
                where not r.superseded and (r.agency_id = :agency or o.id is not null)
            ), episodes as (
                select child_id, episode_id, min(started_at) filter (where reads) as began,
                       max(ended_at) filter (where reads) as ended, bool_and(ended_at is not null) filter (where reads) as over,
                       min(started_at) as shown_at
                from seen group by child_id, episode_id
            )
            """;

    private final JdbcClient jdbc;

    PatternStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every child with a current report: the candidates whose access is decided before anything is counted. */
    public List<ChildId> childrenWithReports() {
        return jdbc.sql("select distinct child_id from missing.report where not superseded")
                .query((rs, n) -> child(rs)).list();
    }

    public MissingPatterns patterns(Scope scope, Limits limits) {
        if (scope.open().isEmpty()) {
            return new MissingPatterns(0, 0, List.of(), List.of(), List.of(), List.of(), limits.minEpisodes());
        }
        int[] totals = jdbc.sql(SEEN + "select count(distinct child_id), count(*) from episodes")
                .params(params(scope, limits)).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        return new MissingPatterns(totals[0], totals[1], mostEpisodes(scope, limits), longest(scope, limits),
                shared(scope, limits, "found_at", "count(distinct episode_id) >= :minEpisodes",
                        "episodes desc, children desc"),
                shared(scope, limits, "found_with", "count(distinct child_id) > 1", "children desc, episodes desc"),
                limits.minEpisodes());
    }

    private List<MissingPatterns.ChildEpisodes> mostEpisodes(Scope scope, Limits limits) {
        return jdbc.sql(SEEN + """
                select child_id, count(*) as episodes,
                       extract(epoch from coalesce(sum(ended - began) filter (where over), interval '0')) as total_s,
                       max(coalesce(began, shown_at)) as latest
                from episodes group by child_id
                order by episodes desc, total_s desc, child_id limit :rows""")
                .params(params(scope, limits))
                .query((rs, n) -> new MissingPatterns.ChildEpisodes(child(rs), rs.getInt("episodes"),
                        duration(rs, "total"), EpisodeStore.instant(rs, "latest")))
                .list();
    }

    private List<MissingPatterns.LongEpisode> longest(Scope scope, Limits limits) {
        return jdbc.sql(SEEN + """
                select child_id, episode_id, began, extract(epoch from ended - began) as length_s from episodes
                where over and began is not null
                order by length_s desc, episode_id limit :rows""")
                .params(params(scope, limits))
                .query((rs, n) -> new MissingPatterns.LongEpisode(child(rs), rs.getObject("episode_id", UUID.class),
                        EpisodeStore.instant(rs, "began"), duration(rs, "length")))
                .list();
    }

    /** Places (found_at) or people (found_with) as the reports the viewer reads spell them, grouped without regard to case. */
    private List<MissingPatterns.Shared> shared(Scope scope, Limits limits, String column, String having, String order) {
        return jdbc.sql(SEEN + """
                select min(btrim(%1$s)) as label, count(distinct episode_id) as episodes, count(distinct child_id) as children,
                       array_agg(distinct child_id) as named
                from seen
                where reads and %1$s is not null and btrim(%1$s) <> ''
                  and lower(btrim(%1$s)) <> all(cast(:notAPattern as text[]))
                group by lower(btrim(%1$s)) having %2$s
                order by %3$s, label limit :rows""".formatted(column, having, order))
                .params(params(scope, limits))
                .query((rs, n) -> new MissingPatterns.Shared(rs.getString("label"), rs.getInt("episodes"),
                        rs.getInt("children"), Arrays.stream((UUID[]) rs.getArray("named").getArray()).limit(limits.namesPerRow())
                                .map(ChildId::new).toList()))
                .list();
    }

    private static Map<String, Object> params(Scope scope, Limits limits) {
        return Map.of("open", EpisodeStore.ids(scope.open()), "others", EpisodeStore.ids(scope.seesOthers()),
                "agency", scope.agencyId(),
                "readable", scope.readable().stream().map(Enum::name).toArray(String[]::new),
                "notAPattern", limits.notAPattern().toArray(String[]::new), "rows", limits.rows(),
                "minEpisodes", limits.minEpisodes());
    }

    private static ChildId child(ResultSet rs) throws SQLException {
        return new ChildId(rs.getObject("child_id", UUID.class));
    }

    private static Duration duration(ResultSet rs, String column) throws SQLException {
        return Duration.ofMillis(Math.round(rs.getBigDecimal(column + "_s").doubleValue() * 1000));
    }
}
