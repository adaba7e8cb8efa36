package org.safeguardinghub.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingAction;
import org.safeguardinghub.meetings.MeetingMinutes;
import org.safeguardinghub.meetings.MeetingView;
import org.safeguardinghub.meetings.MeetingsQuery;
import org.safeguardinghub.meetings.MinutesInput;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A demo meeting's minutes, as written in {@code demo/meetings/*.json}: finalised by the organiser
 * with any warnings recorded, then the actions marked done that the story says were done, by their owners.
 */
@Component
class DemoMinutes {

    private final MeetingMinutes minutes;
    private final MeetingsQuery query;
    private final Practitioners practitioners;
    private final Agencies agencies;

    DemoMinutes(MeetingMinutes minutes, MeetingsQuery query, Practitioners practitioners, Agencies agencies) {
        this.minutes = minutes;
        this.query = query;
        this.practitioners = practitioners;
        this.agencies = agencies;
    }

    void finalise(OpenRecord record, UUID meetingId, LocalDate heldOn, JsonNode spec, Function<String, OpenRecord> as) {
        Meeting meeting = query.meeting(record, meetingId).orElseThrow().meeting();
        Map<UUID, String> attendance = new HashMap<>();
        for (Invitation i : meeting.invitations()) {
            attendance.put(i.id(), spec.path("absent").path(i.who().username()).asString("ATTENDED"));
        }
        Map<UUID, String> contributions = new HashMap<>();
        Map<UUID, String> sensitivities = new HashMap<>();
        spec.path("contributions").properties().forEach(e -> {
            UUID agency = agencies.byCode(e.getKey()).orElseThrow().id();
            contributions.put(agency, e.getValue().get("text").stringValue());
            sensitivities.put(agency, e.getValue().get("sensitivity").stringValue());
        });
        List<MinutesInput.DecisionRow> decisions = new ArrayList<>();
        spec.path("decisions").forEach(d -> decisions.add(new MinutesInput.DecisionRow(d.get("kind").stringValue(),
                d.path("category").asString(null), d.path("detail").asString(null))));
        List<MinutesInput.ActionRow> actions = new ArrayList<>();
        spec.path("actions").forEach(a -> actions.add(new MinutesInput.ActionRow(null, a.get("what").stringValue(),
                practitioners.byUsername(a.get("owner").stringValue()).orElseThrow().id().toString(),
                DateInput.of(heldOn.plusDays(a.get("dueDaysAfter").asInt())), a.path("doneLooksLike").asString(null))));
        List<String> recommendations = new ArrayList<>();
        spec.path("recommendations").forEach(r -> recommendations.add(r.stringValue()));
        MeetingMinutes.Saved saved = minutes.save(record, meeting, new MinutesInput(DateInput.of(heldOn),
                spec.get("chair").stringValue(), attendance, spec.path("childParticipation").asString(null),
                spec.path("childViews").asString(null), spec.path("parentsViews").asString(null), contributions,
                sensitivities, spec.path("analysis").asString(null), decisions, actions, recommendations, null),
                MeetingMinutes.Intent.FINALISE, true);
        if (!saved.stored()) {
            throw new IllegalStateException("Demo minutes refused: " + saved.errors());
        }
        done(meetingId, spec, as);
    }

    private void done(UUID meetingId, JsonNode spec, Function<String, OpenRecord> as) {
        for (JsonNode a : spec.path("actions")) {
            if (a.path("done").asBoolean(false)) {
                OpenRecord owner = as.apply(a.get("owner").stringValue());
                MeetingView view = query.meeting(owner, meetingId).orElseThrow();
                MeetingAction action = view.actions().stream().filter(x -> x.action().what().equals(a.get("what").stringValue()))
                        .findFirst().orElseThrow();
                minutes.complete(owner, view, action.action().id(), "Done (demo story).").ifPresent(p -> {
                    throw new IllegalStateException("Demo action refused: " + p);
                });
            }
        }
    }
}
