package org.safeguardinghub.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding a child by another spelling: "Kaleigh Smith 14/3/2002" finds Kayleigh Smyth born
 * 2002-03-14, with the reasons (issue "Knowing who is who", item 5), among the children the
 * searcher may see.
 */
@HubIntegrationTest
class SimilarChildrenIT {

    @LocalServerPort
    int port;

    @Test
    void anotherSpellingAndSwappedDayAndMonthFindTheChildWithTheReasons() {
        Api police = new Api(port).as("POLICE-NORTH");
        police.post("/api/v1/events", batch(
                event(unique("K"), subject("Kayleigh", "Smyth", "2002-03-14"), "POLICE_INCIDENT", "2016-05-01"),
                event(unique("Q"), subject("Alexandra", "Quillfeather", "2009-04-03"), "POLICE_INCIDENT", "2016-05-01")));

        // North children's social care's team manager sees the children North agencies are involved with
        WebSession social = WebSession.signedIn(port, "tm.north");
        WebSession.Page page = social.get("/children?name=Kaleigh+Smith+14%2F3%2F2002");
        assertThat(page.body()).contains("Kayleigh Smyth").contains("given name: known variant")
                .contains("date of birth: exact").contains("Born 14 Mar 2002");
        WebSession.Page swapped = social.get("/children?name=Alexandra+Quillfeather+4%2F3%2F2009");
        assertThat(swapped.body()).contains("Alexandra Quillfeather").contains("date of birth: day and month swapped");

        // a GP outside the child's network sees nothing of either
        WebSession gp = WebSession.signedIn(port, "gp.north");
        assertThat(gp.get("/children?name=Kaleigh+Smith+14%2F3%2F2002").body()).doesNotContain("Kayleigh Smyth");
        // nor does a social worker to whom neither child is allocated
        assertThat(WebSession.signedIn(port, "sw.north").get("/children?name=Kaleigh+Smith+14%2F3%2F2002").body())
                .doesNotContain("Kayleigh Smyth");
    }
}
