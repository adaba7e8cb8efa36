package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.FreshDataDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Migrations that change data, run against a database as an earlier release left it. */
class MigrationIT {

    @Test
    void v9EndsLaterOpenDuplicatesOfAPractitionersMembershipAndKeepsEveryRow() throws Exception {
        Path dir = Path.of("target", "migration-it");
        FreshDataDirectory.delete(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
            var dataSource = postgres.getPostgresDatabase();
            flyway(dataSource, "8").migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            // as a database made from the foundation's first V2, which did not have the index yet
            jdbc.sql("drop index chronology.network_member_practitioner_once").update();
            jdbc.sql("""
                    insert into access.agency (id, code, name, type, area, created_at)
                    values ('00000000-0000-0000-0000-00000000000a', 'CSC-T', 'Test CSC', 'CHILDRENS_SOCIAL_CARE', 'North', now());
                    insert into access.practitioner (id, username, password_hash, display_name, agency_id, roles, created_at)
                    values ('00000000-0000-0000-0000-00000000000b', 'sw.test', 'x', 'Test Worker',
                            '00000000-0000-0000-0000-00000000000a', '{SOCIAL_WORKER}', now());
                    insert into chronology.child (id, given_name, family_name, created_at)
                    values ('00000000-0000-0000-0000-00000000000c', 'Test', 'Child', now());
                    insert into chronology.network_member (id, child_id, agency_id, practitioner_id, started_on, ended_on,
                                                           recorded_by, recorded_at)
                    values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000000c',
                            '00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-00000000000b',
                            date '2026-01-05', null, 'sw.test', now()),
                           ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-00000000000c',
                            '00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-00000000000b',
                            date '2026-02-01', null, 'sw.test', now()),
                           ('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-00000000000c',
                            '00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-00000000000b',
                            date '2025-01-01', date '2025-06-01', 'sw.test', now())""").update();

            flyway(dataSource, "9").migrate();

            List<Map<String, Object>> rows = jdbc.sql("""
                    select id::text, ended_on is null as open, ended_by, end_reason from chronology.network_member order by id""")
                    .query().listOfRows();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).containsEntry("open", true).containsEntry("ended_by", null);
            assertThat(rows.get(1)).containsEntry("open", false).containsEntry("ended_by", "system:migration V9");
            assertThat((String) rows.get(1).get("end_reason")).contains("Duplicate");
            assertThat(rows.get(2)).containsEntry("open", false).containsEntry("ended_by", null);
            assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'network_member_practitioner_once'")
                    .query(Long.class).single()).isEqualTo(1L);
        }
    }

    /**
     * V4 and V5 were edited after they first landed: for a while V4 created Spring Modulith's
     * publication registry and V5 made alerts without their agencies. V13 brings a database built
     * either way to the same schema; the other way is simulated on top of V6 as the files now are.
     */
    @Test
    void v13GivesAlertsTheirAgenciesAndDropsTheUnusedPublicationRegistryWhicheverV4AndV5ADatabaseHad()
            throws Exception {
        Path dir = Path.of("target", "migration-it-v6");
        FreshDataDirectory.delete(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
            var dataSource = postgres.getPostgresDatabase();
            flyway(dataSource, "6").migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            String agencies = "select count(*) from information_schema.columns where table_schema = 'oversight' "
                    + "and table_name = 'alert' and column_name = 'agencies'";
            String registry = "select count(*) from information_schema.schemata where schema_name = 'events'";
            assertThat(jdbc.sql(agencies).query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql(registry).query(Long.class).single()).isZero();
            jdbc.sql("alter table oversight.alert drop column agencies").update();
            jdbc.sql("create schema events").update();
            jdbc.sql("create table events.event_publication (id uuid primary key)").update();

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").createSchemas(false).load()
                    .migrate();
            assertThat(jdbc.sql(agencies).query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql(registry).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select is_nullable from information_schema.columns where table_schema = 'oversight' "
                    + "and table_name = 'alert' and column_name = 'agencies'").query(String.class).single())
                    .isEqualTo("NO");
        }
    }

    private static Flyway flyway(javax.sql.DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").createSchemas(false)
                .target(target).load();
    }
}
