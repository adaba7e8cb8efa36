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

    static final java.util.Set<String> REVIEW_CHILDREN = java.util.Set.of("01-zoe.json", "02-tyler.json",
            "03-ellie-mae.json", "04-kai.json", "05-natalia.json");

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
        // the five children whose stories echo the reviews; later modules add children (and markers) of their own
        List<Story> stories = stories().stream().filter(s -> REVIEW_CHILDREN.contains(s.story())).toList();
        assertThat(stories).extracting(Story::story).containsExactlyInAnyOrderElementsOf(REVIEW_CHILDREN);
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
