package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.missing.internal.InterviewDeadlines;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16 on the real database: episodes from the forms and the feed are one episode when they
 * overlap, the form's episode reaches the chronology once, bad input is refused whole, and who may
 * see and do what.
 */
@HubIntegrationTest
class MissingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InterviewDeadlines deadlines;

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    String send(String client, JsonNode... events) {
        Api.Response response = new Api(port).as(client).post("/api/v1/events", batch(events));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED");
        return response.json().get("results").get(0).get("childId").stringValue();
    }

    JsonNode episodes(String client, String child) {
        Api.Response response = new Api(port).as(client).get("/api/v1/children/" + child + "/missing-episodes");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("episodes");
    }

    /** A North child placed in a South children's home, with its social worker and carer named. */
    String placedOutOfArea(ObjectNode subject) {
        ObjectNode placement = event(unique("PL"), subject, "PLACEMENT_CHANGE", LocalDateTime.now(HubTime.ZONE).minusDays(60)
                .toLocalDate().toString());
        placement.putObject("details").put("placementType", "Children's home").put("area", "South");
        String child = send("CSC-NORTH", placement);
        Network.of(port, child).allocate("sw.north").add("carer.south", "Residential support worker");
        return child;
    }

    static Map<String, String> moment(String name, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, HubTime.ZONE);
        return Map.of(name + "Day", String.valueOf(local.getDayOfMonth()), name + "Month", String.valueOf(local.getMonthValue()),
                name + "Year", String.valueOf(local.getYear()), name + "Time", String.format("%02d:%02d", local.getHour(),
                        local.getMinute()));
    }

    static Map<String, String> episodeForm(Instant started) {
        Map<String, String> form = new HashMap<>(Map.of("from", "CARE", "absence", "MISSING", "reportedToPolice", "true"));
        form.putAll(moment("started", started));
        return form;
    }

    long reports(String child) {
        return jdbc.sql("select count(*) from missing.report where child_id = cast(:c as uuid) and not superseded")
                .param("c", child.substring(2)).query(Long.class).single();
    }

    @Test
    void anEpisodeSentThroughTheFeedIsAnEpisodeHereAndRaisesTheTrendAndTheOverdueInterview() {
        ObjectNode subject = subject("Rowan", familyName(), "2010-02-02");
        ObjectNode sent = event(unique("M"), subject, "MISSING_EPISODE", "2025-06-10T20:00:00Z").put("endedAt", "2025-06-12T08:00:00Z");
        sent.putObject("details").put("from", "HOME").put("riskGrading", "HIGH").put("foundAt", "Bus station")
                .put("foundWith", "Two adult males").put("reportedToPolice", true);
        String child = send("POLICE-NORTH", sent);
        JsonNode episodes = episodes("POLICE-NORTH", child);
        assertThat(episodes).hasSize(1);
        JsonNode episode = episodes.get(0);
        assertThat(episode.get("durationMinutes").asLong()).isEqualTo(36 * 60);
        assertThat(episode.get("riskGrading").stringValue()).isEqualTo("HIGH");
        assertThat(episode.get("foundWith").get(0).stringValue()).isEqualTo("Two adult males");
        assertThat(episode.get("sources").get(0).get("agency").stringValue()).isEqualTo("POLICE-NORTH");
        assertThat(episode.get("sources").get(0).get("eventId").stringValue()).isEqualTo(sent.get("eventId").stringValue());
        assertThat(episode.get("returnInterview").get("status").stringValue()).isEqualTo("OVERDUE");
        assertThat(episode.get("returnInterview").get("dueBy").stringValue()).isEqualTo("2025-06-15T08:00:00Z");
        Api.Response alerts = new Api(port).as("POLICE-NORTH").get("/api/v1/children/" + child + "/alerts");
        assertThat(alerts.body()).contains("MISSING_TREND").contains("RETURN_INTERVIEW_OVERDUE")
                .contains("A missing episode lasted over 24 hours (the longest 36 hours)");
    }

    /** Done-when: the chart renders as SVG and shows an increasing trend for a replayed child whose episodes lengthen. */
    @Test
    void aReplayedChildWhoseEpisodesLengthenShowsARisingTrendOnTheSvgChart() {
        ObjectNode subject = subject("Tegan", familyName(), "2010-10-10");
        Instant first = Instant.parse("2025-01-10T19:00:00Z");
        List<JsonNode> replayed = new java.util.ArrayList<>();
        long[] hours = {2, 4, 7, 12, 20, 30};
        for (int i = 0; i < hours.length; i++) {
            Instant start = first.plus(Duration.ofDays(40L * i));
            ObjectNode episode = event(unique("M"), subject, "MISSING_EPISODE", start.toString())
                    .put("endedAt", start.plus(Duration.ofHours(hours[i])).toString());
            episode.putObject("details").put("from", i % 2 == 0 ? "HOME" : "EDUCATION");
            replayed.add(episode);
        }
        String child = send("POLICE-NORTH", replayed.toArray(JsonNode[]::new));
        assertThat(episodes("POLICE-NORTH", child)).hasSize(hours.length);
        Network.of(port, child).allocate("sw.north");
        String tab = WebSession.signedIn(port, "sw.north").get("/children/" + child + "?tab=missing").body();
        assertThat(tab).contains("<svg").contains("data-trend=\"LENGTHENING\"").contains("id=\"trend-line\"");
        assertThat(new Api(port).as("POLICE-NORTH").get("/api/v1/children/" + child + "/alerts").body())
                .contains("MISSING_TREND");
    }

    /** Moved from oversight's AlertsIT with the rule (ADR 0025): the missing module's deadline job now looks. */
    @Test
    void aReturnInterviewDueLaterIsRaisedWhenItsDeadlinePassesAndWithdrawnIfOfferedInTime() {
        ObjectNode subject = subject("Quinn", familyName(), "2010-03-03");
        String missingId = unique("M");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode sent = event(missingId, subject, "MISSING_EPISODE", now.minus(Duration.ofHours(30)).toString())
                .put("endedAt", now.minus(Duration.ofHours(2)).toString());
        String child = send("POLICE-NORTH", sent);
        assertThat(alertCodes(child)).doesNotContain("RETURN_INTERVIEW_OVERDUE");
        assertThat(episodes("POLICE-NORTH", child).get(0).get("returnInterview").get("dueBy").stringValue())
                .isEqualTo(now.plus(Duration.ofHours(70)).toString());

        TestClock.advance(Duration.ofHours(71));
        assertThat(deadlines.run()).isGreaterThanOrEqualTo(1);
        assertThat(alertCodes(child)).contains("RETURN_INTERVIEW_OVERDUE");

        // the interview's record arrives late, but shows it was offered in time: the alert is withdrawn
        ObjectNode interview = event(unique("R"), subject, "RETURN_INTERVIEW", now.minus(Duration.ofHours(1)).toString());
        interview.putObject("details").put("missingEventId", missingId).put("offeredAt", now.minus(Duration.ofHours(1)).toString());
        send("CSC-NORTH", interview);
        assertThat(alertCodes(child)).doesNotContain("RETURN_INTERVIEW_OVERDUE");
    }

    String alertCodes(String child) {
        return new Api(port).as("POLICE-NORTH").get("/api/v1/children/" + child + "/alerts").body();
    }

    @Test
    void theHomesEpisodeAndTheHostPolicesReportAreOneEpisodeAndTheReturnReachesTheChronologyOnce() {
        ObjectNode subject = subject("Kerry", familyName(), "2011-04-04");
        String child = placedOutOfArea(subject);
        Instant started = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
        WebSession carer = WebSession.signedIn(port, "carer.south");
        carer.get("/children/" + child + "/missing/episodes/new");
        assertThat(carer.post("/children/" + child + "/missing/episodes", episodeForm(started)).status()).isEqualTo(302);

        ObjectNode police = event(unique("SP"), subject, "MISSING_EPISODE", started.plus(Duration.ofMinutes(20)).toString());
        police.putObject("details").put("from", "CARE").put("riskGrading", "MEDIUM").put("reportedToPolice", true);
        send("POLICE-SOUTH", police);
        JsonNode one = episodes("CSC-NORTH", child);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("sources")).extracting(s -> s.get("agency").stringValue())
                .containsExactlyInAnyOrder("HOME-SOUTH", "POLICE-SOUTH");
        assertThat(one.get(0).get("ongoing").asBoolean()).isTrue();

        String episode = one.get(0).get("id").stringValue();
        carer.get("/children/" + child + "/missing/episodes/" + episode + "/return");
        Map<String, String> back = new HashMap<>(moment("returned", started.plus(Duration.ofHours(2))));
        back.put("foundAt", "Retail park");
        back.put("disclosures", "A man gave me a phone");
        assertThat(carer.post("/children/" + child + "/missing/episodes/" + episode + "/return", back).status()).isEqualTo(302);

        JsonNode ended = episodes("CSC-NORTH", child);
        assertThat(ended).hasSize(1);
        assertThat(ended.get(0).get("durationMinutes").asLong()).isEqualTo(120);
        assertThat(ended.get(0).get("returnInterview").get("status").stringValue()).isEqualTo("DUE");
        assertThat(reports(child)).isEqualTo(2);
        List<String> types = jdbc.sql("""
                select type || ':' || sensitivity from chronology.event where child_id = cast(:c as uuid) and not superseded
                  and agency_id = (select id from access.agency where code = 'HOME-SOUTH')""")
                .param("c", child.substring(2)).query(String.class).list();
        assertThat(types).containsExactlyInAnyOrder("MISSING_EPISODE:STANDARD", "DISCLOSURE:CHILD_DISCLOSURE");
        assertThat(jdbc.sql("select count(*) from missing.episode where child_id = cast(:c as uuid) and merged_into is null and not withdrawn")
                .param("c", child.substring(2)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsStored() {
        ObjectNode subject = subject("Alexis", familyName(), "2012-05-05");
        String child = placedOutOfArea(subject);
        WebSession carer = WebSession.signedIn(port, "carer.south");
        carer.get("/children/" + child + "/missing/episodes/new");
        Instant started = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> endsBeforeItStarts = new HashMap<>(episodeForm(started));
        endsBeforeItStarts.putAll(moment("ended", started.minus(Duration.ofHours(1))));
        WebSession.Page refused = carer.post("/children/" + child + "/missing/episodes", endsBeforeItStarts);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("When the child came back must be after the child went missing");
        assertThat(reports(child)).isZero();

        Map<String, String> noStart = new HashMap<>(Map.of("from", "CARE", "absence", "MISSING", "reportedToPolice", "false",
                "startedTime", "25:99"));
        assertThat(carer.post("/children/" + child + "/missing/episodes", noStart).body())
                .contains("Enter when the child went missing");
        assertThat(reports(child)).isZero();

        assertThat(carer.post("/children/" + child + "/missing/episodes", episodeForm(started)).status()).isEqualTo(302);
        String episode = episodes("CSC-NORTH", child).get(0).get("id").stringValue();
        carer.get("/children/" + child + "/missing/episodes/" + episode + "/return");
        WebSession.Page beforeStart = carer.post("/children/" + child + "/missing/episodes/" + episode + "/return",
                moment("returned", started.minus(Duration.ofMinutes(30))));
        assertThat(beforeStart.body()).contains("When the child came back must be after the child went missing");
        assertThat(episodes("CSC-NORTH", child).get(0).get("ongoing").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from chronology.event where child_id = cast(:c as uuid) and type = 'MISSING_EPISODE'")
                .param("c", child.substring(2)).query(Long.class).single()).isZero();

        assertThat(carer.get("/children/c-00000000-0000-0000-0000-000000000000/missing/episodes/new").status()).isEqualTo(404);
        Api.Response unknown = new Api(port).as("POLICE-SOUTH").get("/api/v1/children/c-00000000-0000-0000-0000-000000000000/missing-episodes");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").stringValue()).contains("No child");
    }

    @Test
    void theCarersCannotRecordTheReturnInterviewAndSomeoneIndependentCan() {
        ObjectNode subject = subject("Morgan", familyName(), "2010-07-07");
        String child = placedOutOfArea(subject);
        WebSession carer = WebSession.signedIn(port, "carer.south");
        carer.get("/children/" + child + "/missing/episodes/new");
        Instant started = Instant.now().minus(Duration.ofHours(10)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> whole = new HashMap<>(episodeForm(started));
        whole.putAll(moment("ended", started.plus(Duration.ofHours(4))));
        assertThat(carer.post("/children/" + child + "/missing/episodes", whole).status()).isEqualTo(302);
        String episode = episodes("CSC-NORTH", child).get(0).get("id").stringValue();
        assertThat(carer.get("/children/" + child + "/missing/episodes/" + episode + "/interview").status()).isEqualTo(403);
        assertThat(carer.get("/children/" + child + "?tab=missing").body())
                .contains("offered by someone independent of the carers");

        WebSession social = WebSession.signedIn(port, "sw.north");
        social.get("/children/" + child + "/missing/episodes/" + episode + "/interview");
        Map<String, String> interview = new HashMap<>(moment("offered", started.plus(Duration.ofHours(6))));
        interview.put("accepted", "true");
        interview.put("childsVoice", "I went to meet a friend");
        interview.put("indicators", "OLDER_ASSOCIATES");
        assertThat(social.post("/children/" + child + "/missing/episodes/" + episode + "/interview", interview).status())
                .isEqualTo(302);
        JsonNode offered = episodes("CSC-NORTH", child).get(0).get("returnInterview");
        assertThat(offered.get("status").stringValue()).isEqualTo("OFFERED");
        assertThat(offered.get("accepted").asBoolean()).isTrue();
        assertThat(jdbc.sql("""
                select details ->> 'missingEventId' from chronology.event where child_id = cast(:c as uuid) and type = 'RETURN_INTERVIEW'""")
                .param("c", child.substring(2)).query(String.class).single()).isNotBlank();
    }

    @Test
    void aPractitionerWithNoRelationshipFindsNoChildAndThePoliceToldOfAnEpisodeSeeOnlyItsMissingParts() {
        ObjectNode subject = subject("Robin", familyName(), "2011-08-08");
        String child = placedOutOfArea(subject);
        assertThat(WebSession.signedIn(port, "police.south").get("/children/" + child).status()).isEqualTo(404);
        WebSession carer = WebSession.signedIn(port, "carer.south");
        carer.get("/children/" + child + "/missing/episodes/new");
        assertThat(carer.post("/children/" + child + "/missing/episodes",
                episodeForm(Instant.now().minus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.MINUTES))).status()).isEqualTo(302);
        String episode = episodes("CSC-NORTH", child).get(0).get("id").stringValue();
        // the access matrix's NOT_ABOUT_ONE_CHILD entries for the episode's pages and the API name this test
        for (String unrelated : List.of("gp.north", "police.south")) {
            WebSession stranger = WebSession.signedIn(port, unrelated);
            for (String page : List.of("return", "interview")) {
                assertThat(stranger.get("/children/" + child + "/missing/episodes/" + episode + "/" + page).status())
                        .as(unrelated + " " + page).isEqualTo(404);
            }
        }
        Api.Response stranger = new Api(port).as("SCHOOL-NORTH").get("/api/v1/children/" + child + "/missing-episodes");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain(episode);
        carer.get("/children/" + child + "?tab=missing");
        assertThat(carer.post("/children/" + child + "/missing/episodes/" + episode + "/share", Map.of()).location())
                .contains("shared=");
        WebSession.Page host = WebSession.signedIn(port, "police.south").get("/children/" + child + "?tab=missing");
        assertThat(host.status()).isEqualTo(200);
        assertThat(host.body()).contains("your force was told of a missing episode").contains("Missing now");
        assertThat(WebSession.signedIn(port, "police.north").get("/children/" + child + "?tab=missing").status())
                .as("the home force is told at the start").isEqualTo(200);
        assertThat(WebSession.signedIn(port, "gp.north").get("/children/" + child).status()).isEqualTo(404);
    }
}
