package org.safeguardinghub.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.meetings.MinutesInput;
import org.springframework.util.MultiValueMap;

/**
 * The minutes form's fields by name, as the page shows them and the browser sends them back: the
 * latest revision's values (or, for new minutes, attendance from the replies), or what was
 * submitted. Decisions, actions and recommendations are numbered rows; "more rows" adds blank ones.
 */
final class MinutesForm {

    static final int BLANK_ROWS = 2;
    static final int MAX_ROWS = 200;

    final Map<String, String> values;
    final int decisionRows;
    final int actionRows;
    final int recommendationRows;

    private MinutesForm(Map<String, String> values, int decisionRows, int actionRows, int recommendationRows) {
        this.values = values;
        this.decisionRows = Math.min(decisionRows, MAX_ROWS);
        this.actionRows = Math.min(actionRows, MAX_ROWS);
        this.recommendationRows = Math.min(recommendationRows, MAX_ROWS);
    }

    /** The form for the latest revision, or for new minutes of the meeting. */
    static MinutesForm of(Meeting meeting, Minutes latest, LocalDate today) {
        Map<String, String> v = new HashMap<>();
        if (latest == null) {
            LocalDate held = meeting.scheduledOn().isAfter(today) ? null : meeting.scheduledOn();
            date(v, "heldOn", held);
            meeting.invitations().forEach(i -> v.put("attendance-" + i.id(), expected(i)));
            return new MinutesForm(v, BLANK_ROWS + 1, BLANK_ROWS + 1, BLANK_ROWS);
        }
        date(v, "heldOn", latest.heldOn());
        put(v, "chair", latest.chair());
        latest.attendance().forEach((invitation, a) -> v.put("attendance-" + invitation, a.name()));
        put(v, "childParticipation", latest.childParticipation() == null ? null : latest.childParticipation().name());
        put(v, "childViews", latest.childViews());
        put(v, "parentsViews", latest.parentsViews());
        put(v, "analysis", latest.analysis());
        latest.contributions().forEach(c -> {
            v.put("contribution-" + c.agencyId(), c.text());
            v.put("contributionSensitivity-" + c.agencyId(), c.sensitivity().name());
        });
        rows(v, latest);
        return new MinutesForm(v, latest.decisions().size() + BLANK_ROWS, latest.actions().size() + BLANK_ROWS,
                latest.recommendations().size() + BLANK_ROWS);
    }

    private static void rows(Map<String, String> v, Minutes m) {
        for (int i = 0; i < m.decisions().size(); i++) {
            var d = m.decisions().get(i);
            v.put("decisionKind-" + i, d.kind().name());
            put(v, "decisionCategory-" + i, d.category() == null ? null : d.category().name());
            put(v, "decisionDetail-" + i, d.detail());
        }
        for (int i = 0; i < m.actions().size(); i++) {
            var a = m.actions().get(i);
            v.put("actionId-" + i, a.id().toString());
            v.put("actionWhat-" + i, a.what());
            v.put("actionOwner-" + i, a.ownerId().toString());
            date(v, "actionDue-" + i, a.due());
            put(v, "actionDone-" + i, a.doneLooksLike());
        }
        for (int i = 0; i < m.recommendations().size(); i++) {
            v.put("recommendation-" + i, m.recommendations().get(i));
        }
    }

    /** Someone who said they would come is expected to have; someone who declined or sent a report sent apologies. */
    private static String expected(Invitation i) {
        if (i.source() == Invitation.Source.ORGANISER) {
            return Minutes.Attendance.ATTENDED.name();
        }
        if (i.reply() == null) {
            return "";
        }
        return i.reply().response() == Invitation.Response.ACCEPTED ? Minutes.Attendance.ATTENDED.name()
                : Minutes.Attendance.APOLOGIES.name();
    }

    static MinutesForm from(MultiValueMap<String, String> params) {
        Map<String, String> v = new HashMap<>(params.toSingleValueMap());
        return new MinutesForm(v, count(v, "decisionRows"), count(v, "actionRows"), count(v, "recommendationRows"));
    }

    MinutesForm withMoreRows() {
        return new MinutesForm(values, decisionRows + BLANK_ROWS, actionRows + BLANK_ROWS, recommendationRows + BLANK_ROWS);
    }

    MinutesInput input(Meeting meeting) {
        Map<UUID, String> attendance = new LinkedHashMap<>();
        meeting.invitations().forEach(i -> attendance.put(i.id(), values.getOrDefault("attendance-" + i.id(), "")));
        Map<UUID, String> contributions = new LinkedHashMap<>();
        Map<UUID, String> sensitivities = new LinkedHashMap<>();
        for (UUID agency : meeting.agenciesInvited()) {
            contributions.put(agency, values.getOrDefault("contribution-" + agency, ""));
            sensitivities.put(agency, values.getOrDefault("contributionSensitivity-" + agency, ""));
        }
        List<MinutesInput.DecisionRow> decisions = new ArrayList<>();
        for (int i = 0; i < decisionRows; i++) {
            decisions.add(new MinutesInput.DecisionRow(get("decisionKind-" + i), get("decisionCategory-" + i),
                    get("decisionDetail-" + i)));
        }
        List<MinutesInput.ActionRow> actions = new ArrayList<>();
        for (int i = 0; i < actionRows; i++) {
            actions.add(new MinutesInput.ActionRow(get("actionId-" + i), get("actionWhat-" + i), get("actionOwner-" + i),
                    dateInput("actionDue-" + i), get("actionDone-" + i)));
        }
        List<String> recommendations = new ArrayList<>();
        for (int i = 0; i < recommendationRows; i++) {
            recommendations.add(get("recommendation-" + i));
        }
        return new MinutesInput(dateInput("heldOn"), get("chair"), attendance,
                get("childParticipation"), get("childViews"), get("parentsViews"), contributions, sensitivities,
                get("analysis"), decisions, actions, recommendations, get("correctionReason"));
    }

    String get(String name) {
        return values.get(name);
    }

    private org.safeguardinghub.shared.DateInput dateInput(String name) {
        return new org.safeguardinghub.shared.DateInput(get(name + "Day"), get(name + "Month"), get(name + "Year"));
    }

    private static int count(Map<String, String> v, String name) {
        try {
            return Math.max(1, Integer.parseInt(v.getOrDefault(name, "1").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void date(Map<String, String> v, String name, LocalDate day) {
        if (day != null) {
            v.put(name + "Day", String.valueOf(day.getDayOfMonth()));
            v.put(name + "Month", String.valueOf(day.getMonthValue()));
            v.put(name + "Year", String.valueOf(day.getYear()));
        }
    }

    private static void put(Map<String, String> v, String name, String value) {
        if (value != null) {
            v.put(name, value);
        }
    }
}
