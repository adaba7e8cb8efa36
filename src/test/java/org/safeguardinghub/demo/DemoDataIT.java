package org.safeguardinghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.demo.internal.DemoAccounts;
import org.safeguardinghub.demo.internal.DemoData;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data set of the default run: every kind of agency, several roles, five children loaded through the feed. */
@HubIntegrationTest
class DemoDataIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demoData;

    record Story(String story, long events, long agencies, long network, long partnerEvents) {
    }

    List<Story> stories() {
        return jdbc.sql("""
                select s.story,
                       (select count(*) from chronology.event e where e.child_id = s.child_id) as events,
                       (select count(distinct agency_id) from chronology.event e where e.child_id = s.child_id) as agencies,
                       (select count(*) from chronology.network_member m where m.child_id = s.child_id
                          and m.practitioner_id is not null) as network,
                       (select count(*) from chronology.event e where e.child_id = s.child_id
                          and e.recorded_by_kind = 'API_CLIENT') as partner_events
                from demo.loaded_story s order by s.story""")
                .query((rs, n) -> new Story(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    @Test
    void fiveChildrenOfFiftyOrMoreEventsFromSeveralAgenciesLoadedThroughTheFeed() {
        List<Story> stories = stories();
        assertThat(stories).hasSize(5);
        assertThat(stories).allSatisfy(s -> {
            assertThat(s.events()).as(s.story()).isGreaterThanOrEqualTo(50);
            assertThat(s.agencies()).as(s.story()).isGreaterThanOrEqualTo(4);
            assertThat(s.network()).as(s.story()).isGreaterThanOrEqualTo(3);
            // the story's events all came through the feed (other tests may add practitioners' entries)
            assertThat(s.partnerEvents()).as(s.story()).isGreaterThanOrEqualTo(50);
        });
    }

    @Test
    void agenciesOfEveryTypeAcrossTwoAreasWithOneClientEachAndUsersInSeveralRoles() {
        assertThat(jdbc.sql("select distinct type from access.agency").query(String.class).list())
                .contains("CHILDRENS_SOCIAL_CARE", "POLICE", "HEALTH", "EDUCATION", "YOUTH_JUSTICE", "CARE_PROVIDER",
                        "VOLUNTARY", "ADULT_SERVICES");
        assertThat(jdbc.sql("select count(distinct area) from access.agency where code in ('CSC-NORTH', 'CSC-SOUTH')")
                .query(Long.class).single()).isEqualTo(2);
        for (DemoAccounts.DemoAgency agency : DemoAccounts.AGENCIES) {
            assertThat(jdbc.sql("select count(*) from access.api_client c join access.agency a on a.id = c.agency_id where c.client_id = :code and a.code = :code")
                    .param("code", agency.code()).query(Long.class).single()).as(agency.code()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(distinct r) from access.practitioner, unnest(roles) r").query(Long.class).single())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void startingAgainLoadsNothingTwice() throws Exception {
        long before = jdbc.sql("select count(*) from chronology.event").query(Long.class).single();
        long children = jdbc.sql("select count(*) from chronology.child").query(Long.class).single();
        demoData.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from chronology.event").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from chronology.child").query(Long.class).single()).isEqualTo(children);
    }
}
