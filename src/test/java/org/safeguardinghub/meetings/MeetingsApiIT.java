package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.meetings.MeetingForms.convene;
import static org.safeguardinghub.meetings.MeetingForms.date;
import static org.safeguardinghub.meetings.MeetingForms.optionFor;
import static org.safeguardinghub.meetings.MeetingForms.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.meetings.internal.MeetingDeadlines;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 beyond the forms: the partner API for the agencies invited (and nobody else), the
 * statutory timetable raising and withdrawing MEETING_OVERDUE, the managers' view, and the minutes
 * as a PDF.
 */
@HubIntegrationTest
class MeetingsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MeetingDeadlines deadlines;

    String child;
    WebSession social;

    @BeforeEach
    void aLookedAfterChildPlacedInAnotherArea() {
        child = MeetingForms.lookedAfterChild(port, TestEvents.familyName());
        social = WebSession.signedIn(port, "sw.north");
    }

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    static LocalDate today() {
        return LocalDate.now(HubTime.ZONE);
    }

    /** Finalises minutes: everyone attended, one decision if given, and one action owned by the South police officer. */
    String finalise(String meeting, LocalDate held, String decision) {
        String form = social.get(meeting + "/minutes").body();
        List<Map.Entry<String, String>> fields = new ArrayList<>(MeetingsIT.minutesFields(form, held, "Helen Brightwell"));
        fields.add(Map.entry("childViews", "She wants to stay where she is."));
        if (decision != null) {
            fields.add(Map.entry("decisionKind-0", decision));
            fields.add(Map.entry("decisionCategory-0", "SEXUAL_ABUSE"));
        }
        fields.add(Map.entry("actionWhat-0", "Share the host area's missing reports"));
        fields.add(Map.entry("actionOwner-0", optionFor(form, "Morgan Tate")));
        fields.addAll(date("actionDue-0", held.plusDays(3)));
        fields.add(Map.entry("actionDone-0", "Reports with the social worker"));
        fields.add(Map.entry("recommendation-0", "Consider a return home interview by the youth project"));
        fields.add(Map.entry("intent", "finalise"));
        fields.add(Map.entry("acknowledged", "true"));
        WebSession.Page done = post(social, meeting + "/minutes", form, fields);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        return meeting;
    }

    @Test
    void theAgenciesInvitedReadTheMeetingAndWhatTheyAgreedAndNobodyElseDoes() {
        String meeting = convene(social, child, "STRATEGY_MEETING", today().minusDays(1), Map.of());
        WebSession gp = WebSession.signedIn(port, "gp.north");
        gp.get(meeting);
        gp.post(meeting + "/reply", Map.of("response", "REPORT_SENT", "report", "Seen twice for anxiety.", "sensitivity", "HEALTH"));
        finalise(meeting, today().minusDays(1), "S47_ENQUIRY");
        String cin = convene(social, child, "CHILD_IN_NEED_REVIEW", today().plusDays(20),
                Map.of("leftOut-EDUCATION", "The school reports in writing."));
        String meetingId = meeting.substring(meeting.lastIndexOf('/') + 1);

        Api police = new Api(port).as("POLICE-SOUTH");
        JsonNode list = police.get("/api/v1/children/" + child + "/meetings").json();
        assertThat(list.get("meetings")).hasSize(1);
        assertThat(list.get("meetings").get(0).get("id").stringValue()).isEqualTo(meetingId);
        assertThat(list.get("meetings").get(0).get("status").stringValue()).isEqualTo("FINALISED");
        Api.Response one = police.get("/api/v1/meetings/" + meetingId);
        assertThat(one.status()).isEqualTo(200);
        JsonNode doc = one.json();
        assertThat(doc.get("type").stringValue()).isEqualTo("STRATEGY_MEETING");
        assertThat(doc.get("invitees").valueStream().map(i -> i.get("who").get("name").stringValue()))
                .contains("Naomi Achterberg", "Imogen Shaw", "Morgan Tate");
        JsonNode gpInvitee = doc.get("invitees").valueStream().filter(i -> i.get("who").get("name").stringValue()
                .equals("Imogen Shaw")).findFirst().orElseThrow();
        assertThat(gpInvitee.get("report").get("restricted").asBoolean()).isTrue();
        assertThat(one.body()).doesNotContain("anxiety");
        JsonNode minutes = doc.get("minutes");
        assertThat(minutes.get("version").asInt()).isEqualTo(1);
        assertThat(minutes.get("decisions").get(0).get("kind").stringValue()).isEqualTo("S47_ENQUIRY");
        JsonNode action = minutes.get("actions").get(0);
        assertThat(action.get("owner").get("agency").stringValue()).isEqualTo("POLICE-SOUTH");
        assertThat(action.get("dueOn").stringValue()).isEqualTo(today().plusDays(2).toString());
        assertThat(action.get("status").stringValue()).isEqualTo("OPEN");
        assertThat(minutes.get("recommendations").get(0).stringValue()).startsWith("Consider a return home interview");
        assertThat(minutes.get("attendanceByAgency").valueStream().map(a -> a.get("agency").stringValue()))
                .contains("POLICE-SOUTH", "SN-SOUTH", "GP-NORTH");
        assertThat(police.get("/api/v1/meetings/" + cin.substring(cin.lastIndexOf('/') + 1)).status()).isEqualTo(404);
        JsonNode health = new Api(port).as("GP-NORTH").get("/api/v1/meetings/" + meetingId).json();
        assertThat(health.toString()).contains("Seen twice for anxiety.");

        Api yot = new Api(port).as("YOT-NORTH");
        assertThat(yot.get("/api/v1/children/" + child + "/meetings").status()).isEqualTo(404);
        Api.Response refused = yot.get("/api/v1/meetings/" + meetingId);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).contains("application/problem+json");
    }

    @Test
    void anInitialConferencePastItsDueDateRaisesMeetingOverdueUntilItIsHeld() {
        finalise(convene(social, child, "STRATEGY_MEETING", today().minusDays(2), Map.of()), today().minusDays(2), "S47_ENQUIRY");
        Api police = new Api(port).as("POLICE-NORTH");
        assertThat(alerts(police)).doesNotContain("MEETING_OVERDUE");
        assertThat(social.get("/children/" + child + "?tab=meetings").body())
                .contains("Initial child protection conference (not convened yet)")
                .contains("15 working days after the strategy discussion of");

        TestClock.advance(Duration.ofDays(30));
        assertThat(deadlines.run()).isGreaterThanOrEqualTo(1);
        assertThat(alerts(police)).contains("MEETING_OVERDUE");
        String managers = WebSession.signedIn(port, "tm.north").get("/oversight").body();
        assertThat(managers).contains("Statutory meetings due and overdue").contains("Initial child protection conference");

        String conference = convene(social, child, "INITIAL_CHILD_PROTECTION_CONFERENCE", today().plusDays(29), Map.of());
        assertThat(social.get(conference).body()).contains("Statutory due date");
        finalise(conference, today().plusDays(29), "CHILD_PROTECTION_PLAN");
        assertThat(alerts(police)).doesNotContain("MEETING_OVERDUE");
        assertThat(social.get("/children/" + child + "?tab=meetings").body()).contains("First core group (statutory)")
                .contains("Child protection plan (Sexual abuse)");
    }

    private String alerts(Api partner) {
        Api.Response alerts = partner.get("/api/v1/children/" + child + "/alerts");
        assertThat(alerts.status()).isEqualTo(200);
        return alerts.body();
    }

    /** The meeting's own pages, for the access matrix (AccessMatrixIT.NOT_ABOUT_ONE_CHILD): open to those it allows, else 404. */
    @Test
    void aMeetingIsNotFoundToSomeoneWithoutARelationshipOrAnInvitation() throws Exception {
        String meeting = finalise(convene(social, child, "STRATEGY_MEETING", today().minusDays(1), Map.of()),
                today().minusDays(1), null);
        String other = convene(social, child, "CHILD_IN_NEED_REVIEW", today().plusDays(9),
                Map.of("leftOut-EDUCATION", "The school reports in writing."));
        assertThat(social.get(meeting).status()).isEqualTo(200);
        assertThat(social.get(meeting + "/minutes").status()).isEqualTo(200);
        assertThat(MeetingForms.download(port, "sw.north", meeting + "/minutes.pdf").statusCode()).isEqualTo(200);
        assertThat(MeetingForms.download(port, "police.south", meeting + "/minutes.pdf").statusCode()).isEqualTo(200);

        WebSession youthJustice = WebSession.signedIn(port, "yot.north");
        for (String path : List.of(meeting, meeting + "/minutes", other, other + "/minutes")) {
            assertThat(youthJustice.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(MeetingForms.download(port, "yot.north", meeting + "/minutes.pdf").statusCode()).isEqualTo(404);
        // invited to one meeting: the record opens for it, not for the child's other meetings
        WebSession police = WebSession.signedIn(port, "police.south");
        assertThat(police.get(other).status()).isEqualTo(404);
        assertThat(police.get(other + "/minutes").status()).isEqualTo(404);
        // a meeting id under another child's address is not found either
        String stranger = MeetingForms.lookedAfterChild(port, TestEvents.familyName());
        assertThat(social.get(meeting.replace(child, stranger)).status()).isEqualTo(404);
    }

    @Test
    void theFinalMinutesAreExportedAsAPdf() throws Exception {
        String meeting = finalise(convene(social, child, "STRATEGY_MEETING", today().minusDays(1), Map.of()),
                today().minusDays(1), null);
        java.net.http.HttpResponse<byte[]> pdf = MeetingForms.download(port, "sw.north", meeting + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Minutes: Strategy meeting").contains("Share the host area").contains("Morgan Tate")
                    .contains("Recommendations (not actions)");
        }
    }
}
