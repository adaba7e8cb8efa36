package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16, "nationally only about 63% are done within 72 hours: the managers' view shows ours": the
 * managers' view counts the ended episodes of the children the manager may open whose 72 hours have
 * passed, and how many had an interview offered by then; an episode still within its 72 hours and a
 * child the manager may not open change nothing.
 */
@HubIntegrationTest
class MissingInterviewsInTimeIT {

    static final Pattern SHARE = Pattern.compile("(\\d+)% of return interviews were offered within 72 hours of the return: "
            + "(\\d+) of (\\d+) episodes");

    @LocalServerPort
    int port;

    void send(String client, JsonNode... events) {
        Api.Response response = new Api(port).as(client).post("/api/v1/events", batch(events));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED");
    }

    /** An episode that ended at {@code returned}, and (if {@code offeredAfter} is not null) its interview offered that long after. */
    JsonNode[] episode(ObjectNode subject, Instant returned, Duration offeredAfter) {
        String missingId = unique("IT72");
        ObjectNode episode = event(missingId, subject, "MISSING_EPISODE", returned.minus(Duration.ofHours(6)).toString())
                .put("endedAt", returned.toString());
        episode.putObject("details").put("from", "HOME").put("reportedToPolice", true);
        if (offeredAfter == null) {
            return new JsonNode[] {episode};
        }
        Instant offered = returned.plus(offeredAfter);
        ObjectNode interview = event(unique("RI72"), subject, "RETURN_INTERVIEW", offered.toString());
        interview.putObject("details").put("missingEventId", missingId).put("offeredAt", offered.toString());
        return new JsonNode[] {episode, interview};
    }

    /** In time and counted, as the North team manager's view says them. */
    int[] share() {
        WebSession.Page page = WebSession.signedIn(port, "tm.north").get("/oversight");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"missing-interviews-in-time\"");
        Matcher matcher = SHARE.matcher(page.body());
        if (!matcher.find()) {
            assertThat(page.body()).contains("has reached its 72-hour deadline yet");
            return new int[] {0, 0};
        }
        int inTime = Integer.parseInt(matcher.group(2));
        int counted = Integer.parseInt(matcher.group(3));
        assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(Math.round(inTime * 100f / counted));
        return new int[] {inTime, counted};
    }

    @Test
    void theManagersViewCountsEndedEpisodesWhoseSeventyTwoHoursHavePassedAndThoseOfferedInTime() {
        int[] before = share();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant tenDaysAgo = now.minus(Duration.ofDays(10));
        ObjectNode one = subject("Oriel", familyName(), "2011-02-02");
        ObjectNode other = subject("Perrin", familyName(), "2012-03-03");
        // in time (offered 24 hours after), late (offered 80 hours after), never offered: three counted, one in time
        send("POLICE-NORTH", episode(one, tenDaysAgo, Duration.ofHours(24)));
        send("POLICE-NORTH", episode(one, tenDaysAgo.plus(Duration.ofDays(2)).minus(Duration.ofHours(1)), Duration.ofHours(80)));
        send("POLICE-NORTH", episode(other, tenDaysAgo, null));
        // still within its 72 hours: not counted yet
        send("POLICE-NORTH", episode(other, now.minus(Duration.ofHours(1)), null));
        // a South child the North manager may not open: not counted
        send("POLICE-SOUTH", episode(subject("Quillon", familyName(), "2010-04-04"), tenDaysAgo, null));
        // longer ago than the twelve months counted
        send("POLICE-NORTH", episode(subject("Rafferty", familyName(), "2010-05-05"), now.minus(Duration.ofDays(400)), null));

        int[] after = share();
        assertThat(after[1] - before[1]).isEqualTo(3);
        assertThat(after[0] - before[0]).isEqualTo(1);
        String body = WebSession.signedIn(port, "tm.north").get("/oversight").body();
        assertThat(body).contains("id=\"missing-interviews-period\"").contains("is not counted yet");
    }
}
