package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.FreshDataDirectory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V81 and V85 on a database that already holds missing reports (a release with V80 but not V81, or
 * with V81 but not V85): an ordinary upgrade, it fills the patterns table's summaries from the current
 * reports of live episodes, per (agency, sensitivity), leaving out superseded versions and episodes
 * merged into another, and the standard view drawn from them (V85).
 */
class MissingPatternsMigrationIT {

    static final String POLICE = "00000000-0000-0000-0000-0000000000a1";
    static final String HOME = "00000000-0000-0000-0000-0000000000a2";
    static final String CHILD = "00000000-0000-0000-0000-0000000000c1";
    static final String LIVE = "00000000-0000-0000-0000-0000000000e1";
    static final String MERGED = "00000000-0000-0000-0000-0000000000e2";

    @Test
    void v81FillsTheSummariesFromTheReportsAlreadyThere() throws Exception {
        upgrade(81, false);
    }

    /**
     * V85 on a database of a release with V81 whose summaries were kept as reports arrived: it adds the
     * standard view (ADR 0034, 2026-12-07) and fills it from them, with the contributions unchanged.
     */
    @Test
    void v85FillsTheStandardViewOnADatabaseThatHadV81() throws Exception {
        upgrade(85, true);
    }

    /**
     * Migrates a database without the migrations numbered {@code from} and above, records the reports
     * (and, when {@code keptByV81}, refreshes their summaries as the module did then), then upgrades in
     * the ordinary way and checks every summary.
     */
    private void upgrade(int from, boolean keptByV81) throws Exception {
        Path dir = Path.of("target", "migration-it-v" + from);
        FreshDataDirectory.delete(dir);
        Path earlier = dir.resolve("migrations-before-v" + from);
        Files.createDirectories(earlier);
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            if (version(file.getFilename()) < from) {
                Files.write(earlier.resolve(file.getFilename()), file.getContentAsByteArray());
            }
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("db"))
                .setCleanDataDirectory(true).start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("filesystem:" + earlier.toAbsolutePath()).createSchemas(false)
                    .load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            reports(jdbc);
            if (keptByV81) {
                jdbc.sql("select missing_patterns.refresh(array[cast(:c as uuid)])").param("c", CHILD).query().listOfRows();
            }

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").createSchemas(false)
                    .load().migrate();

            contributions(jdbc);
            standardView(jdbc);
        }
    }

    private static int version(String migration) {
        return Integer.parseInt(migration.substring(1, migration.indexOf("__")));
    }

    private static void contributions(JdbcClient jdbc) {
        List<Map<String, Object>> parts = jdbc.sql("""
                select episode_id::text, agency_id::text, sensitivity, to_char(began at time zone 'UTC', 'HH24:MI') as began,
                       to_char(ended at time zone 'UTC', 'HH24:MI') as ended,
                       coalesce(to_char(open_since at time zone 'UTC', 'HH24:MI'), '-') as open_since
                from missing_patterns.episode_part order by agency_id, sensitivity""").query().listOfRows();
        assertThat(parts).containsExactly(
                Map.of("episode_id", LIVE, "agency_id", POLICE, "sensitivity", "POLICE_INTELLIGENCE", "began", "18:00",
                        "ended", "22:00", "open_since", "-"),
                Map.of("episode_id", LIVE, "agency_id", HOME, "sensitivity", "STANDARD", "began", "18:30",
                        "ended", "21:00", "open_since", "-"));
        assertThat(jdbc.sql("select kind || ':' || key || ':' || label || ':' || sensitivity from missing_patterns.found_part order by 1")
                .query(String.class).list())
                .containsExactly("PERSON:jay:Jay:STANDARD", "PLACE:the park:The Park:POLICE_INTELLIGENCE");
    }

    /**
     * What a viewer who reads only standard reports reads: the home's times (the police's intelligence
     * not), the episode shown from the police's earlier start, the person the home named and not the
     * place the police held as intelligence; the child's restricted agency and sensitivity kept.
     */
    private static void standardView(JdbcClient jdbc) {
        assertThat(jdbc.sql("""
                select episode_id::text || ' ' || to_char(shown_at at time zone 'UTC', 'HH24:MI') || ' '
                       || to_char(began at time zone 'UTC', 'HH24:MI') || '-' || to_char(ended at time zone 'UTC', 'HH24:MI')
                       || ' ' || seconds::bigint
                from missing_patterns.episode_standard""").query(String.class).list())
                .containsExactly(LIVE + " 18:00 18:30-21:00 9000");
        assertThat(jdbc.sql("""
                select child_id::text || ' ' || episodes || ' ' || seconds::bigint || ' '
                       || to_char(latest at time zone 'UTC', 'HH24:MI') || ' ' || restricted_agencies::text || ' '
                       || restricted_sensitivities::text
                from missing_patterns.child_standard""").query(String.class).list())
                .containsExactly(CHILD + " 1 9000 18:30 {" + POLICE + "} {POLICE_INTELLIGENCE}");
        assertThat(jdbc.sql("select kind || ':' || key || ':' || label || ':' || episodes from missing_patterns.found_standard")
                .query(String.class).list())
                .containsExactly("PERSON:jay:Jay:1");
    }

    /**
     * One child; a live episode told by the police (held as intelligence, found at the park) and by the
     * home (a first version with no end, superseded by one with an end and a person found with); an
     * episode merged into it whose report still points at it.
     */
    static void reports(JdbcClient jdbc) {
        jdbc.sql("""
                insert into access.agency (id, code, name, type, area, created_at) values
                  ('%1$s', 'POLICE-T', 'Test police', 'POLICE', 'North', now()),
                  ('%2$s', 'HOME-T', 'Test home', 'CARE_PROVIDER', 'North', now());
                insert into chronology.child (id, given_name, family_name, created_at) values ('%3$s', 'Test', 'Child', now());
                insert into missing.episode (id, child_id, started_at, ended_at, created_at, updated_at) values
                  ('%4$s', '%3$s', '2025-01-05 18:00Z', '2025-01-05 22:00Z', now(), now());
                insert into missing.episode (id, child_id, started_at, ended_at, merged_into, created_at, updated_at) values
                  ('%5$s', '%3$s', '2025-01-05 18:30Z', null, '%4$s', now(), now());
                insert into missing.report (id, report_id, version, superseded, episode_id, child_id, source, agency_id,
                    started_at, ended_at, found_at, found_with, sensitivity, recorded_by, recorded_at) values
                  (gen_random_uuid(), gen_random_uuid(), 1, false, '%4$s', '%3$s', 'FEED', '%1$s',
                   '2025-01-05 18:00Z', '2025-01-05 22:00Z', ' The Park ', null, 'POLICE_INTELLIGENCE', 'test', now()),
                  (gen_random_uuid(), '00000000-0000-0000-0000-0000000000f1', 1, true, '%4$s', '%3$s', 'FORM', '%2$s',
                   '2025-01-05 18:30Z', null, null, null, 'STANDARD', 'test', now()),
                  (gen_random_uuid(), '00000000-0000-0000-0000-0000000000f1', 2, false, '%4$s', '%3$s', 'FORM', '%2$s',
                   '2025-01-05 18:30Z', '2025-01-05 21:00Z', null, 'Jay', 'STANDARD', 'test', now()),
                  (gen_random_uuid(), gen_random_uuid(), 1, true, '%5$s', '%3$s', 'FORM', '%2$s',
                   '2025-01-05 18:30Z', null, 'Old place', null, 'STANDARD', 'test', now())"""
                .formatted(POLICE, HOME, CHILD, LIVE, MERGED)).update();
    }
}
