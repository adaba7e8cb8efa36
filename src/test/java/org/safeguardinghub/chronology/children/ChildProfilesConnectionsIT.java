package org.safeguardinghub.chronology.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildProfile;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child's profile is read one query after another, never a query while another's result set is
 * still open: under load (docs/performance.md, "Load run (issue 18)") every pooled connection was
 * held by a child page waiting for a second one, and the pool deadlocked until its timeout. Read
 * through a pool of ONE connection, the profile must still load.
 */
@HubIntegrationTest
class ChildProfilesConnectionsIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Agencies agencies;

    @Autowired
    Practitioners practitioners;

    @Test
    void aProfileIsReadWithOneConnectionAtATime() throws Exception {
        String family = familyName();
        String child = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                        event(unique("PN"), subject("Robin", family, "2012-08-08"), "POLICE_INCIDENT", "2026-01-05T20:00:00Z")))
                .json().get("results").get(0).get("childId").stringValue();
        HikariDataSource shared = dataSource.unwrap(HikariDataSource.class);
        try (HikariDataSource one = new HikariDataSource()) {
            one.setJdbcUrl(shared.getJdbcUrl());
            one.setUsername(shared.getUsername());
            one.setPassword(shared.getPassword());
            one.setMaximumPoolSize(1);
            one.setConnectionTimeout(1000);
            ChildProfile profile = new ChildProfiles(JdbcClient.create(one), agencies, practitioners)
                    .load(ChildId.parse(child).orElseThrow());
            assertThat(profile.familyName()).isEqualTo(family);
            assertThat(profile.names()).extracting(ChildProfile.Name::familyName).contains(family);
        }
    }
}
