package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The patterns table read from the standard view (V85, ADR 0034 as amended on 2026-12-07) says
 * exactly what grouping every contribution per viewer says (the statement before V85, kept here as
 * the reference), for viewers of different agencies, reading different sensitivities, opening
 * different children and seeing the other agencies' reports of some: reports from three agencies,
 * standard, police intelligence and health, some merged into one episode, some still open, some
 * ending later, found at and with the same places and people spelt differently.
 */
@HubIntegrationTest
class PatternRollUpIT {

    private static final List<String> SENDERS = List.of("POLICE-NORTH", "SCHOOL-NORTH", "POLICE-SOUTH");
    private static final List<String> VIEWERS = List.of("CSC-NORTH", "POLICE-NORTH", "SCHOOL-NORTH", "POLICE-SOUTH");
    private static final List<Sensitivity> SENT = List.of(Sensitivity.STANDARD, Sensitivity.STANDARD,
            Sensitivity.POLICE_INTELLIGENCE, Sensitivity.HEALTH);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void theStandardViewGivesWhatGroupingEveryContributionGivesForEveryViewer() {
        Random random = new Random(16);
        String family = familyName();
        List<ChildId> children = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            children.add(child(random, family, i));
        }
        for (int round = 0; round < 40; round++) {
            PatternStore.Scope scope = scope(random, children);
            PatternStore.Limits limits = new PatternStore.Limits(4, 2, 5, List.of("unknown"));
            assertThat(rows(PatternStore.PATTERNS, scope, limits)).as("viewer %s reading %s", scope.agencyId(), scope.readable())
                    .isEqualTo(rows(GROUPED, scope, limits));
        }
    }

    /** Each summary row of these children is what rebuilding it from the reports gives. */
    @Test
    void theStandardViewIsWhatRebuildingItGivesAfterReportsMergeEndAndArriveRestricted() {
        Random random = new Random(34);
        ChildId child = child(random, familyName(), 0);
        String[] tables = {"episode_standard", "child_standard", "found_standard"};
        List<List<String>> kept = new ArrayList<>();
        for (String table : tables) {
            kept.add(table(table, child));
        }
        assertThat(kept.get(1)).hasSize(1);
        jdbc.sql("select missing_patterns.refresh(array[cast(:c as uuid)])").param("c", child.value()).query().listOfRows();
        for (int i = 0; i < tables.length; i++) {
            assertThat(table(tables[i], child)).as(tables[i]).isEqualTo(kept.get(i));
        }
    }

    /**
     * The refresh (V87: one statement reading the reports once; V91: writing only the rows that
     * change) leaves exactly the rows V85's wrote (its function, taken from the migration, is the
     * reference): for these children and every other child with reports in the database, which the
     * other tests of the run have merged, corrected and restricted; starting from V85's rows, from
     * rows that are wrong, missing or left over, and from empty tables.
     */
    @Test
    void theRefreshWritesWhatV85sRefreshWrote() throws Exception {
        Random random = new Random(87);
        String family = familyName();
        for (int i = 0; i < 4; i++) {
            child(random, family, i);
        }
        String v85 = new String(getClass().getResourceAsStream("/db/migration/V85__missing_patterns_standard.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher function = java.util.regex.Pattern.compile(
                "create or replace function missing_patterns.refresh\\(children uuid\\[]\\).*?end \\$\\$;", java.util.regex.Pattern.DOTALL)
                .matcher(v85);
        assertThat(function.find()).isTrue();
        transactions.executeWithoutResult(status -> {
            // a function of this session only, so the migrations' refresh is left as it is
            jdbc.sql(function.group().replace("missing_patterns.refresh(", "pg_temp.refresh_v85(")).update();
            jdbc.sql("select pg_temp.refresh_v85(" + WITH_REPORTS + ")").query().listOfRows();
            List<List<String>> written = Arrays.stream(SUMMARIES).map(this::table).toList();
            assertThat(written).allSatisfy(rows -> assertThat(rows).isNotEmpty());
            assertThat(refreshed()).as("from V85's rows").isEqualTo(written);
            spoil();
            assertThat(refreshed()).as("from wrong, missing and left-over rows").isEqualTo(written);
            for (String table : SUMMARIES) {
                jdbc.sql("delete from missing_patterns." + table).update();
            }
            assertThat(refreshed()).as("from empty tables").isEqualTo(written);
            status.setRollbackOnly();
        });
    }

    private static final String[] SUMMARIES = {"episode_part", "found_part", "episode_standard", "child_standard", "found_standard"};
    private static final String WITH_REPORTS = "array(select distinct child_id from missing.report)";

    private List<List<String>> refreshed() {
        jdbc.sql("select missing_patterns.refresh(" + WITH_REPORTS + ")").query().listOfRows();
        return Arrays.stream(SUMMARIES).map(this::table).toList();
    }

    /** Five children with rows in this summary table. */
    private static String some(String table) {
        return "(select child_id from missing_patterns." + table + " order by child_id limit 5)";
    }

    /** Rows of children with reports changed, removed and added in every summary table. */
    private void spoil() {
        assertThat(jdbc.sql("update missing_patterns.episode_part set began = began - interval '1 day', alone = not alone"
                + " where child_id in " + some("episode_part")).update()).isPositive();
        assertThat(jdbc.sql("update missing_patterns.found_part set label = 'wrong' where child_id in " + some("found_part"))
                .update()).isPositive();
        assertThat(jdbc.sql("update missing_patterns.episode_standard set seconds = null, ended = null where child_id in "
                + some("episode_standard"))
                .update()).isPositive();
        assertThat(jdbc.sql("update missing_patterns.child_standard set episodes = episodes + 1, restricted_agencies = '{}'"
                + " where child_id in " + some("child_standard")).update()).isPositive();
        assertThat(jdbc.sql("update missing_patterns.found_standard set episodes = episodes + 1 where child_id in "
                + some("found_standard"))
                .update()).isPositive();
        for (String table : SUMMARIES) {
            assertThat(jdbc.sql("delete from missing_patterns." + table + " where child_id in (select child_id from missing_patterns."
                    + table + " order by child_id desc limit 5)").update()).as(table).isPositive();
        }
        // left over: an episode and a place no report tells of any more
        jdbc.sql("""
                insert into missing_patterns.episode_standard (episode_id, child_id, shown_at)
                select gen_random_uuid(), child_id, now() from missing.report limit 1""").update();
        jdbc.sql("""
                insert into missing_patterns.found_standard (kind, key, child_id, label, episodes)
                select 'PLACE', 'nowhere any more', child_id, 'Nowhere any more', 1 from missing.report limit 1""").update();
        jdbc.sql("""
                insert into missing_patterns.episode_part (episode_id, agency_id, sensitivity, child_id, began, alone)
                select gen_random_uuid(), agency_id, 'STANDARD', child_id, now(), true from missing.report limit 1""").update();
    }

    private List<String> table(String table) {
        return jdbc.sql("select to_jsonb(t)::text from missing_patterns." + table + " t order by 1").query(String.class).list();
    }

    private List<String> table(String table, ChildId child) {
        return jdbc.sql("select to_jsonb(t)::text from missing_patterns." + table + " t where child_id = :c order by 1")
                .param("c", child.value()).query(String.class).list();
    }

    /**
     * A child with four episodes, each told by one to three reports of random agencies and
     * sensitivities that overlap (so they merge into one), sent in two batches so later reports
     * change episodes already summarised: an end arriving, a restricted report joining.
     */
    private ChildId child(Random random, String family, int n) {
        ObjectNode subject = subject("Roll" + (char) ('a' + n), family, "2011-0" + (1 + n) + "-0" + (1 + n));
        Instant first = Instant.parse("2025-04-01T18:00:00Z").plus(Duration.ofDays(random.nextInt(5)));
        // two batches, each a map of sender to its reports
        List<Map<String, List<JsonNode>>> batches = List.of(new java.util.TreeMap<>(), new java.util.TreeMap<>());
        for (int e = 0; e < 4; e++) {
            Instant start = first.plus(Duration.ofDays(12L * e));
            for (int r = 0, reports = 1 + random.nextInt(3); r < reports; r++) {
                batches.get(random.nextInt(2)).computeIfAbsent(SENDERS.get(random.nextInt(SENDERS.size())), k -> new ArrayList<>())
                        .add(report(random, subject, start.plus(Duration.ofMinutes(20L * r)), family));
            }
        }
        String id = null;
        for (Map<String, List<JsonNode>> batch : batches) {
            for (Map.Entry<String, List<JsonNode>> sent : batch.entrySet()) {
                id = send(sent.getKey(), sent.getValue());
            }
        }
        return new ChildId(UUID.fromString(id.substring(2)));
    }

    private static ObjectNode report(Random random, ObjectNode subject, Instant start, String family) {
        ObjectNode sent = event(unique("ROLL"), subject, "MISSING_EPISODE", start.toString())
                .put("sensitivity", SENT.get(random.nextInt(SENT.size())).name());
        if (random.nextInt(4) > 0) {
            sent.put("endedAt", start.plus(Duration.ofHours(1 + random.nextInt(30))).toString());
        }
        ObjectNode details = sent.putObject("details").put("from", "CARE").put("reportedToPolice", true);
        String[] places = {"Roll park " + family, " ROLL PARK " + family, "Roll cafe " + family, "unknown"};
        String[] people = {"Roll man " + family, "roll man " + family + " ", "Roll woman " + family};
        if (random.nextBoolean()) {
            details.put("foundAt", places[random.nextInt(places.length)]);
        }
        if (random.nextBoolean()) {
            details.put("foundWith", people[random.nextInt(people.length)]);
        }
        return sent;
    }

    private String send(String client, List<JsonNode> events) {
        Api.Response response = new Api(port).as(client).post("/api/v1/events", batch(events.toArray(JsonNode[]::new)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED");
        return response.json().get("results").get(0).get("childId").stringValue();
    }

    /** A viewer: an agency, what it reads, a random part of the children opened, a random part of those seen whole. */
    private PatternStore.Scope scope(Random random, List<ChildId> children) {
        List<ChildId> open = children.stream().filter(c -> random.nextInt(5) > 0).toList();
        List<ChildId> others = open.stream().filter(c -> random.nextInt(3) > 0).toList();
        Set<Sensitivity> readable = EnumSet.of(Sensitivity.STANDARD);
        SENT.stream().filter(s -> random.nextBoolean()).forEach(readable::add);
        UUID agency = jdbc.sql("select id from access.agency where code = :c")
                .param("c", VIEWERS.get(random.nextInt(VIEWERS.size()))).query(UUID.class).single();
        return new PatternStore.Scope(open, others, agency, readable);
    }

    /** The statement's answer as text, row by row in order (seconds to the millisecond, as the page reads them). */
    private List<String> rows(String statement, PatternStore.Scope scope, PatternStore.Limits limits) {
        if (scope.open().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select concat_ws(' | ', part, pos, child_id, episode_id, label, episodes, children, round(seconds, 3), at,
                                 array_to_string(named, ','))
                from (%s) t order by part, pos""".formatted(statement))
                .params(PatternStore.params(scope, limits)).query(String.class).list();
    }

    /**
     * The statement the page ran before V85 (ADR 0034 as first accepted), which groups every
     * contribution of every child for each viewer: the reference the standard view must agree with.
     */
    static final String GROUPED = """
            with parts as materialized (
                select p.child_id, p.episode_id, p.began, p.ended, p.open_since, p.alone,
                       (p.agency_id = :agency or (o.id is not null and p.sensitivity = any(cast(:readable as text[])))) as reads
                from missing_patterns.episode_part p
                join unnest(cast(:open as uuid[])) as c (id) on c.id = p.child_id
                left join unnest(cast(:others as uuid[])) as o (id) on o.id = p.child_id
                where p.agency_id = :agency or o.id is not null
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
            ), found_episodes as (
                select f.kind, f.key, f.child_id, min(f.label) as label
                from missing_patterns.found_part f
                join unnest(cast(:open as uuid[])) as c (id) on c.id = f.child_id
                left join unnest(cast(:others as uuid[])) as o (id) on o.id = f.child_id
                where (f.agency_id = :agency or (o.id is not null and f.sensitivity = any(cast(:readable as text[]))))
                  and f.key <> all(cast(:notAPattern as text[]))
                group by f.kind, f.key, f.child_id, f.episode_id
            ), found_children as (
                select kind, key, child_id, min(label) as label, count(*) as episodes
                from found_episodes group by kind, key, child_id
            ), found as materialized (
                select kind, key, min(label) as label, sum(episodes) as episodes, count(*) as children,
                       array_agg(child_id order by child_id) as named
                from found_children group by kind, key
            )
            select 'TOTAL' as part, 0 as pos, null::uuid as child_id, null::uuid as episode_id, null::text as label,
                   (select count(*) from episodes) as episodes, (select count(*) from children) as children,
                   null::numeric as seconds, null::timestamptz as at, null::uuid[] as named
            union all
            select 'MOST', row_number() over (order by episodes desc, seconds desc, child_id), child_id, null, null,
                   episodes, null, seconds, latest, null
            from (select * from children order by episodes desc, seconds desc, child_id limit :rows) m
            union all
            select 'LONGEST', row_number() over (order by seconds desc, episode_id), child_id, episode_id, null, null, null,
                   seconds, began, null
            from (select child_id, episode_id, began, extract(epoch from ended - began) as seconds from episodes
                  where over and began is not null order by seconds desc, episode_id limit :rows) l
            union all
            select 'PLACE', row_number() over (order by episodes desc, children desc, label), null, null, label,
                   episodes, children, null, null, named
            from (select * from found where kind = 'PLACE' and episodes >= :minEpisodes
                  order by episodes desc, children desc, label limit :rows) h
            union all
            select 'PERSON', row_number() over (order by children desc, episodes desc, label), null, null, label,
                   episodes, children, null, null, named
            from (select * from found where kind = 'PERSON' and children > 1
                  order by children desc, episodes desc, label limit :rows) a""";
}
