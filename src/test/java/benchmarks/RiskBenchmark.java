package benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;


/**
 * The exploitation risk benchmark (issue 17, done-when): the network view of an area with
 * {@code children} children at risk (each screened) and {@code links} links between them and
 * {@code contexts} places, groups and persons of concern, rendered for a team manager of the area's
 * children's social care, who may open every one of those children (the view's best case since ADR
 * 0035: the first contexts decided settle the page), and for a GP of the area who may open none of them
 * (its worst case: every context decided, every child once). Timed over loopback HTTP against a plain
 * signed-in page in the same run (security, session, layout and inbox count, no data of its own).
 * Everything is invented.
 * Run it with {@code scripts/bench-risk.sh [--requests=N ...]}.
 */
public final class RiskBenchmark {

    private final Map<String, String> options;
    private final ChronologyBenchmark bench;

    private RiskBenchmark(Map<String, String> options) {
        this.options = options;
        this.bench = new ChronologyBenchmark(options);
    }

    public static void main(String[] args) throws Exception {
        new RiskBenchmark(BenchRun.options(args, Map.of("children", "5000", "links", "20000", "contexts", "2000",
                "requests", "1000", "concurrency", "2", "data-dir", "target/bench-risk"))).run();
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        BenchRun.withApplication(bench, "Safeguarding Hub exploitation risk benchmark", "bench-risk.txt", postgres -> {
            long links;
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                Population.load(db, option("children"), 4L * option("children"), 10);
                links = load(db);
            }
            bench.line(String.format(Locale.ROOT, "area North: %,d children at risk, each screened; %,d contexts and one place "
                    + "shared by 300 children; %,d current links", option("children"), option("contexts"), links));
            measure();
        });
    }

    private void measure() throws Exception {
        BenchSession manager = BenchSession.signIn(bench.base, "tm.north");
        String page = manager.get("/risk/network");
        if (!page.contains("id=\"network-table\"") || !page.contains("Given")) {
            throw new IllegalStateException("the network view shows no shared contexts and children: " + page);
        }
        bench.line(String.format(Locale.ROOT, "first page of the network view, every kind: %,d KB of HTML",
                page.getBytes(StandardCharsets.UTF_8).length / 1024));
        int requests = option("requests");
        int concurrency = option("concurrency");
        String[] paths = {"/risk/network", "/risk/network?kind=PERSON_OF_CONCERN", "/contacts/new"};
        for (String path : paths) {
            manager.time(path, requests / 3, concurrency);
        }
        Percentiles all = manager.time(paths[0], requests, concurrency);
        Percentiles persons = manager.time(paths[1], requests, concurrency);
        Percentiles plain = manager.time(paths[2], requests, concurrency);
        BenchSession gp = BenchSession.signIn(bench.base, "gp.north");
        boolean gpSeesNone = !gp.get(paths[0]).contains("id=\"network-table\"");
        gp.time(paths[0], requests / 3, concurrency);
        Percentiles none = gp.time(paths[0], requests, concurrency);
        bench.line("");
        bench.line(String.format(Locale.ROOT, "network view, signed in as a team manager who may open every child (but the last row), %d requests each:",
                requests));
        row("network view, every kind (SVG and table)", all);
        row("network view, persons of concern only", persons);
        row("plain signed-in page (the contact form)", plain);
        row("network view, every kind, a GP " + (gpSeesNone ? "who may open none of them" : "of the area"), none);
        bench.line(String.format(Locale.ROOT, "  ratio to the plain page at p95: every kind %.1f, persons of concern %.1f; "
                + "target p95 <= 300 ms", all.p95() / plain.p95(), persons.p95() / plain.p95()));
    }

    private void row(String label, Percentiles times) {
        BenchRun.row(bench, label, times);
    }

    /**
     * The tool (version 1, the default), a screening of every child by the police (one in five held
     * as police intelligence), the area's contexts (one kind in seven a person of concern, held as
     * police intelligence), and links from children to contexts. Returns the links made.
     */
    private long load(Connection db) throws Exception {
        int children = option("children");
        int contexts = option("contexts");
        try (InputStream tool = RiskBenchmark.class.getResourceAsStream("/risk/default-tool.json");
             PreparedStatement insert = db.prepareStatement("""
                     insert into risk.tool_version (version, published_at, published_by, note, definition)
                     values (1, now(), 'bench', 'The default tool', cast(? as jsonb)) on conflict do nothing""")) {
            insert.setString(1, new String(tool.readAllBytes(), StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into risk.screening (id, child_id, tool_version, agency_id, screened_by, screened_by_name, screened_at,
                        age_years, tool_score, tool_level, tool_reasons, judged_level, rationale, sensitivity, needs_agreement)
                    select md5('bench-screening-' || i)::uuid, md5('bench-child-' || i)::uuid, 1,
                           (select id from access.agency where code = 'POLICE-NORTH'), 'bench', 'Bench Screener',
                           now() - (i %% 300) * interval '1 day', 14, 600, l, '[]'::jsonb, l, 'Synthetic rationale.',
                           case when i %% 5 = 0 then 'POLICE_INTELLIGENCE' else 'STANDARD' end, false
                    from generate_series(1, %d) i, lateral (select (array['LOW', 'MEDIUM', 'HIGH'])[1 + i %% 3] as l) x"""
                    .formatted(children));
            sql.execute("""
                    insert into risk.screening_answer (screening_id, indicator, band, evidence)
                    select md5('bench-screening-' || i)::uuid, indicator, 'NOW', '{}'::uuid[]
                    from generate_series(1, %d) i, unnest(array['missing-episodes', 'substance-misuse']) indicator"""
                    .formatted(children));
            sql.execute("""
                    insert into risk.context (id, kind, name, sensitivity, area, recording_agency_id, recorded_by, recorded_at)
                    select md5('bench-context-' || k)::uuid,
                           (array['PLACE', 'PEER_GROUP', 'SCHOOL', 'ONLINE_SPACE', 'PERSON_OF_CONCERN', 'VEHICLE', 'PHONE_NUMBER'])[1 + k %% 7],
                           'Bench context ' || k, case when k %% 7 = 4 then 'POLICE_INTELLIGENCE' else 'STANDARD' end, 'North',
                           (select id from access.agency where code = 'POLICE-NORTH'), 'bench', now()
                    from generate_series(1, %d) k""".formatted(contexts));
            // links spread evenly over the contexts (about ten children to a context); a context shared by
            // hundreds of children would make a page as long as its list of children (docs/performance.md)
            sql.execute("""
                    insert into risk.context_link (id, context_id, child_id, source, linked_by, agency_id, linked_at)
                    select md5('bench-link-' || context || '-' || child)::uuid, md5('bench-context-' || context)::uuid,
                           md5('bench-child-' || child)::uuid, 'PRACTITIONER', 'bench',
                           (select id from access.agency where code = 'POLICE-NORTH'), now()
                    from (select distinct 1 + l %% %1$d as child,
                                 1 + ((l::bigint * 7919) %% 10007) %% %2$d as context
                          from generate_series(0, %3$d - 1) l) g"""
                    .formatted(children, contexts, option("links")));
            // and one place shared by 300 children: the view draws a few of them and says how many more
            // (NetworkDrawingPolicy); before that bound such a context made a page of megabytes
            sql.execute("""
                    insert into risk.context (id, kind, name, sensitivity, area, recording_agency_id, recorded_by, recorded_at)
                    values (md5('bench-crowded')::uuid, 'PLACE', 'Bench crowded place', 'STANDARD', 'North',
                            (select id from access.agency where code = 'POLICE-NORTH'), 'bench', now())""");
            sql.execute("""
                    insert into risk.context_link (id, context_id, child_id, source, linked_by, agency_id, linked_at)
                    select md5('bench-crowded-' || child)::uuid, md5('bench-crowded')::uuid, md5('bench-child-' || child)::uuid,
                           'PRACTITIONER', 'bench', (select id from access.agency where code = 'POLICE-NORTH'), now()
                    from generate_series(1, least(300, %d)) child""".formatted(children));
            sql.execute("vacuum analyze");
            try (ResultSet rs = sql.executeQuery("select count(*) from risk.context_link")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
