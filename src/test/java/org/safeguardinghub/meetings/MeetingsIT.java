package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.meetings.MeetingForms.convene;
import static org.safeguardinghub.meetings.MeetingForms.date;
import static org.safeguardinghub.meetings.MeetingForms.invitations;
import static org.safeguardinghub.meetings.MeetingForms.optionFor;
import static org.safeguardinghub.meetings.MeetingForms.post;
import static org.safeguardinghub.meetings.MeetingForms.proposed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 through the pages, without JavaScript: invitations from the network across areas and the
 * required agencies, replies and reports at their sensitivity, minutes refused with a clear message
 * (nothing stored), warnings before finalising, and final minutes reaching the chronology and the
 * owners' inboxes.
 */
@HubIntegrationTest
class MeetingsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String child;
    String family;
    WebSession social;

    @BeforeEach
    void aLookedAfterChildPlacedInAnotherArea() {
        family = TestEvents.familyName();
        child = MeetingForms.lookedAfterChild(port, family);
        social = WebSession.signedIn(port, "sw.north");
    }

    long meetings() {
        return jdbc.sql("select count(*) from meetings.meeting where child_id = :c")
                .param("c", UUID.fromString(child.substring(2))).query(Long.class).single();
    }

    long minutes() {
        return jdbc.sql("select count(*) from meetings.minutes f join meetings.meeting m on m.id = f.meeting_id where m.child_id = :c")
                .param("c", UUID.fromString(child.substring(2))).query(Long.class).single();
    }

    @Test
    void theInvitationListHoldsTheNetworkAcrossAreasAndTheAgenciesTheMeetingRequires() {
        String form = social.get("/children/" + child + "/meetings/new?type=STRATEGY_MEETING").body();
        assertThat(form).contains("Imogen Shaw").contains("Naomi Achterberg").contains("South City School Nursing Service")
                // nobody from the police or a school is in the network: both areas' forces and the school are proposed
                .contains("Jordan Ellery").contains("Morgan Tate").contains("Tom Fairweather")
                .contains("Police").contains("the child is of school age");
        assertThat(proposed(form)).hasSize(6);
        assertThat(WebSession.signedIn(port, "gp.north").get("/children/" + child + "/meetings/new?type=STRATEGY_MEETING")
                .body()).contains("Meetings are convened and recorded by children&#39;s social care").doesNotContain("name=\"invite\"");
    }

    @Test
    void leavingOutThePoliceIsRefusedWithoutAReasonAndStoresNothing() {
        String form = social.get("/children/" + child + "/meetings/new?type=STRATEGY_MEETING").body();
        List<String> invite = proposed(form);
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("type", "STRATEGY_MEETING")));
        fields.addAll(date("scheduledOn", LocalDate.now(HubTime.ZONE).plusDays(2)));
        invite.stream().filter(id -> !policeRow(form, id)).forEach(id -> fields.add(Map.entry("invite", id)));
        WebSession.Page refused = post(social, "/children/" + child + "/meetings", form, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("Say why the police are left out")
                .contains("href=\"#leftOut-POLICE\"").contains("id=\"leftOut-POLICE-error\"");
        assertThat(meetings()).isZero();

        fields.add(Map.entry("leftOut-POLICE", "Police are not involved; the concern is about school attendance."));
        WebSession.Page convened = post(social, "/children/" + child + "/meetings", refused.body(), fields);
        assertThat(convened.status()).isEqualTo(302);
        assertThat(meetings()).isEqualTo(1);
        assertThat(social.follow(convened).body()).contains("Required agencies left out")
                .contains("Police are not involved; the concern is about school attendance.").doesNotContain("Jordan Ellery");
    }

    /** Whether the checkbox with this value is a police officer's (its label names a police force). */
    private static boolean policeRow(String form, String id) {
        int at = form.indexOf("value=\"" + id + "\"");
        String label = form.substring(at, form.indexOf("</label>", at));
        return label.contains("(Police,");
    }

    @Test
    void anInvitationReachesTheInboxByALinkAndOpensTheRecordForThatMeetingOnly() {
        String meeting = convene(social, child, "STRATEGY_MEETING", LocalDate.now(HubTime.ZONE).plusDays(3), Map.of());
        WebSession police = WebSession.signedIn(port, "police.south");
        String inbox = police.get("/inbox").body();
        assertThat(inbox).contains("Invitation to a multi-agency meeting").contains(meeting).doesNotContain(family);
        assertThat(police.get(meeting).status()).isEqualTo(200);
        assertThat(police.get("/children/" + child).body()).contains("you are invited to a meeting about the child");
        // a meeting the officer is not invited to stays closed, though the record is open to them
        String other = convene(social, child, "CHILD_IN_NEED_REVIEW", LocalDate.now(HubTime.ZONE).plusDays(9),
                Map.of("leftOut-EDUCATION", "Reviewed with the school separately."));
        assertThat(police.get(other).status()).isEqualTo(404);
        assertThat(WebSession.signedIn(port, "yot.north").get(meeting).status()).isEqualTo(404);
    }

    @Test
    void aDeclineNeedsAReasonAndAReportKeepsItsSensitivity() {
        String meeting = convene(social, child, "STRATEGY_MEETING", LocalDate.now(HubTime.ZONE).plusDays(3), Map.of());
        WebSession gp = WebSession.signedIn(port, "gp.north");
        gp.get(meeting);
        WebSession.Page noReason = gp.post(meeting + "/reply", Map.of("response", "DECLINED"));
        assertThat(noReason.body()).contains("Say why you cannot come");
        WebSession.Page sent = gp.post(meeting + "/reply", Map.of("response", "REPORT_SENT",
                "report", "Recurrent urinary tract infections this winter.", "sensitivity", "HEALTH"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(WebSession.signedIn(port, "schoolnurse.south").get(meeting).body())
                .contains("Recurrent urinary tract infections this winter.");
        assertThat(WebSession.signedIn(port, "police.north").get(meeting).body())
                .doesNotContain("urinary").contains("A restricted report from Riverside Medical Practice");
        assertThat(WebSession.signedIn(port, "sw.north").get("/inbox").body()).contains("A reply to your meeting invitation");
    }

    @Test
    void badMinutesAreRefusedWithAClearMessageAndNothingIsStored() {
        String meeting = convene(social, child, "STRATEGY_MEETING", LocalDate.now(HubTime.ZONE).minusDays(1), Map.of());
        String form = social.get(meeting + "/minutes").body();
        List<Map.Entry<String, String>> fields = minutesFields(form, LocalDate.now(HubTime.ZONE).minusDays(1), "Helen Brightwell");
        fields.add(Map.entry("actionWhat-0", "Share the health records with the social worker"));
        fields.addAll(date("actionDue-0", LocalDate.now(HubTime.ZONE).plusDays(7)));
        fields.add(Map.entry("intent", "finalise"));
        WebSession.Page noOwner = post(social, meeting + "/minutes", form, fields);
        assertThat(noOwner.body()).contains("Action 1 has no owner: choose who will do it").contains("href=\"#actionOwner-0\"");

        List<Map.Entry<String, String>> beforeBirth = minutesFields(form, LocalDate.of(2011, 1, 1), "Helen Brightwell");
        beforeBirth.add(Map.entry("intent", "draft"));
        assertThat(post(social, meeting + "/minutes", form, beforeBirth).body())
                .contains("The date must not be before the child was born");

        List<Map.Entry<String, String>> noChair = minutesFields(form, LocalDate.now(HubTime.ZONE).minusDays(1), "");
        noChair.add(Map.entry("decisionKind-0", "S47_ENQUIRY"));
        noChair.add(Map.entry("intent", "draft"));
        assertThat(post(social, meeting + "/minutes", form, noChair).body())
                .contains("Name the chair: a decision is not recorded without the chair who took it");
        assertThat(minutes()).isZero();
    }

    @Test
    void finalisingWarnsFirstThenPutsTheMinutesOnTheChronologyAndTheActionsInTheOwnersInboxes() {
        LocalDate held = LocalDate.now(HubTime.ZONE).minusDays(1);
        String meeting = convene(social, child, "STRATEGY_MEETING", held, Map.of());
        String form = social.get(meeting + "/minutes").body();
        List<Map.Entry<String, String>> fields = minutesFields(form, held, "Helen Brightwell, team manager");
        // the GP sent apologies and the school nurse did not come: nobody from health attended
        String gp = MeetingForms.invitationOf(form, "Imogen Shaw");
        String nurse = MeetingForms.invitationOf(form, "Naomi Achterberg");
        fields.removeIf(e -> e.getKey().equals("attendance-" + gp) || e.getKey().equals("attendance-" + nurse));
        fields.add(Map.entry("attendance-" + gp, "APOLOGIES"));
        fields.add(Map.entry("attendance-" + nurse, "DID_NOT_ATTEND"));
        fields.add(Map.entry("childViews", "Morgan said the home is fine but the older boys scare her."));
        fields.add(Map.entry("actionWhat-0", "Share the missing-episode reports from the host area"));
        fields.add(Map.entry("actionOwner-0", optionFor(form, "Morgan Tate")));
        fields.addAll(date("actionDue-0", held.plusDays(5)));
        fields.add(Map.entry("actionDone-0", "Reports sent to the social worker"));
        fields.add(Map.entry("recommendation-0", "Consider a referral to the exploitation team"));
        fields.add(Map.entry("intent", "finalise"));
        WebSession.Page warned = post(social, meeting + "/minutes", form, fields);
        assertThat(warned.status()).isEqualTo(200);
        assertThat(warned.body()).contains("Before you finalise the minutes").contains("Nobody from health attended");
        // the form comes back as it was sent: nobody records the attendance twice
        assertThat(warned.body()).contains("id=\"attendance-" + gp + "-APOLOGIES\" value=\"APOLOGIES\" checked");
        assertThat(minutes()).isZero();

        fields.add(Map.entry("acknowledged", "true"));
        WebSession.Page finalised = post(social, meeting + "/minutes", warned.body(), fields);
        assertThat(finalised.status()).isEqualTo(302);
        String page = social.follow(finalised).body();
        assertThat(page).contains("Finalised with these warnings").contains("Nobody from health attended")
                .contains("Recommendations (not actions)").contains("Consider a referral to the exploitation team");
        assertThat(social.get("/children/" + child).body()).contains("Minutes of the Strategy meeting held on")
                .contains(meeting);
        WebSession police = WebSession.signedIn(port, "police.south");
        assertThat(police.get("/inbox").body()).contains("A task from a meeting").contains("Minutes of a meeting to read")
                .doesNotContain("Share the missing-episode reports");
        assertThat(social.get("/children/" + child + "?tab=meetings").body())
                .contains("Share the missing-episode reports from the host area").contains("Morgan Tate");
    }

    /** Every invitee attended, held on that day, with that chair. */
    static List<Map.Entry<String, String>> minutesFields(String form, LocalDate held, String chair) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(date("heldOn", held));
        fields.add(Map.entry("chair", chair));
        invitations(form).forEach(id -> fields.add(Map.entry("attendance-" + id, "ATTENDED")));
        fields.add(Map.entry("decisionRows", "3"));
        fields.add(Map.entry("actionRows", "3"));
        fields.add(Map.entry("recommendationRows", "2"));
        return fields;
    }
}
