package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.meetings.MeetingForms.convene;
import static org.safeguardinghub.meetings.MeetingForms.date;
import static org.safeguardinghub.meetings.MeetingForms.optionFor;
import static org.safeguardinghub.meetings.MeetingForms.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Meetings tab lists the 20 open actions due soonest and says how many more there are, with a
 * link to the full list, paged by 50 (meetings.internal.OpenActionsPolicy); the full list is "not
 * found" to someone without a relationship with the child (AccessMatrixIT probes it as well).
 */
@HubIntegrationTest
class MeetingOpenActionsIT {

    static final int ACTIONS = 23;
    static final Pattern TASK = Pattern.compile("Task-(\\d\\d)-");

    @LocalServerPort
    int port;

    String child;
    WebSession social;

    @BeforeEach
    void aChildWithOneMeetingOf23OpenActions() {
        child = MeetingForms.lookedAfterChild(port, TestEvents.familyName());
        social = WebSession.signedIn(port, "sw.north");
        LocalDate held = LocalDate.now(HubTime.ZONE).minusDays(1);
        String meeting = convene(social, child, "STRATEGY_MEETING", held, Map.of());
        String form = social.get(meeting + "/minutes").body();
        var fields = MeetingsIT.minutesFields(form, held, "Helen Brightwell, team manager");
        fields.removeIf(e -> e.getKey().equals("actionRows"));
        fields.add(Map.entry("actionRows", "" + ACTIONS));
        fields.add(Map.entry("childViews", "Morgan wants to stay at the home."));
        // the actions are written latest due first, so the lists must sort them
        for (int a = 0; a < ACTIONS; a++) {
            fields.add(Map.entry("actionWhat-" + a, String.format("Task-%02d-", a)));
            fields.add(Map.entry("actionOwner-" + a, optionFor(form, "Morgan Tate")));
            fields.addAll(date("actionDue-" + a, held.plusDays(40L - a)));
        }
        fields.add(Map.entry("intent", "finalise"));
        fields.add(Map.entry("acknowledged", "true"));
        assertThat(post(social, meeting + "/minutes", form, fields).status()).isEqualTo(302);
    }

    /** The actions in the page's open actions table, in its order (what is due next names some of them too). */
    static List<Integer> tasks(String html) {
        int table = html.indexOf("id=\"open-actions\"");
        if (table < 0) {
            return List.of();
        }
        Matcher m = TASK.matcher(html.substring(table, html.indexOf("</table>", table)));
        return m.results().map(r -> Integer.parseInt(r.group(1))).toList();
    }

    @Test
    void theTabShowsTheTwentySoonestDueAndLinksToTheRest() {
        String tab = social.get("/children/" + child + "?tab=meetings").body();
        // soonest due first: the last written (due 18 days after the meeting) down to the fourth (due 37 days after)
        assertThat(tasks(tab)).containsExactly(22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3);
        assertThat(tab).contains("Actions 1 to 20 of 23 are shown, soonest due first; 3 more are not shown here.")
                .contains("href=\"/children/" + child + "/meetings/actions\"").contains("See all 23 actions not yet done");
    }

    @Test
    void theFullListHoldsEveryOpenActionSoonestFirstAPageAtATime() {
        WebSession.Page all = social.get("/children/" + child + "/meetings/actions");
        assertThat(all.status()).isEqualTo(200);
        assertThat(tasks(all.body())).hasSize(ACTIONS).startsWith(22, 21).endsWith(1, 0);
        assertThat(all.body()).contains("Actions 1 to 23 of 23, soonest due first").doesNotContain("rel=\"next\"");
        // a page past the end, or not a number, shows the nearest end of the list rather than an error
        assertThat(tasks(social.get("/children/" + child + "/meetings/actions?page=7").body())).hasSize(ACTIONS);
        assertThat(tasks(social.get("/children/" + child + "/meetings/actions?page=first").body())).hasSize(ACTIONS);
    }

    @Test
    void theFullListIsNotFoundToSomeoneWithoutARelationship() {
        WebSession youthJustice = WebSession.signedIn(port, "yot.north");
        WebSession.Page refused = youthJustice.get("/children/" + child + "/meetings/actions");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Task-");
    }
}
