package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Found by the two-node test (ADR 0033): an agency another node added (here: written straight to the
 * shared database, as that node would) is unknown to this node's agency cache until its next
 * reload, a minute later; a practitioner of that agency could not be read here meanwhile.
 */
@HubIntegrationTest
class AgencyAddedOnAnotherNodeIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practitioners practitioners;

    @Autowired
    Agencies agencies;

    @Test
    void aPractitionerOfAnAgencyAddedElsewhereIsReadAtOnce() {
        agencies.byCode("POLICE-NORTH"); // this node's cache is loaded
        UUID agency = UUID.randomUUID();
        String code = "ELSEWHERE-" + agency.toString().substring(0, 8).toUpperCase();
        jdbc.sql("insert into access.agency (id, code, name, type, area, created_at) values (:id, :code, 'Added elsewhere', 'POLICE', 'North', now())")
                .param("id", agency).param("code", code).update();
        UUID person = UUID.randomUUID();
        jdbc.sql("""
                insert into access.practitioner (id, username, password_hash, display_name, agency_id, roles, created_at)
                select :id, :username, password_hash, 'Added elsewhere', :agency, roles, now()
                from access.practitioner where username = 'police.north'""")
                .param("id", person).param("username", "elsewhere-" + agency.toString().substring(0, 8))
                .param("agency", agency).update();

        assertThat(practitioners.byIds(Set.of(person))).singleElement()
                .satisfies(p -> assertThat(p.agency().code()).isEqualTo(code));
    }
}
