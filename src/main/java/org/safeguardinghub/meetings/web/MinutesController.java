package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.MeetingMinutes;
import org.safeguardinghub.meetings.MeetingView;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.meetings.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recording a meeting: the minutes form (attendance per invitee, the child's and parents' views,
 * what each agency shared, analysis, decisions, owned actions, recommendations apart), saved as a
 * draft or finalised after the warnings are read; corrections of final minutes need a reason.
 */
@Controller
class MinutesController {

    private final MeetingPages pages;
    private final MeetingMinutes minutes;
    private final Clock clock;

    MinutesController(MeetingPages pages, MeetingMinutes minutes, Clock clock) {
        this.pages = pages;
        this.minutes = minutes;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/meetings/{meetingId}/minutes")
    String form(@PathVariable String id, @PathVariable String meetingId, Actor.Person viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "minutes of meeting " + meetingId);
        MeetingView view = recordable(record, meetingId);
        return form(model, record, view, MinutesForm.of(view.meeting(), view.latest(), LocalDate.now(clock)), Map.of(),
                List.of());
    }

    @PostMapping("/children/{id}/meetings/{meetingId}/minutes")
    String save(@PathVariable String id, @PathVariable String meetingId, @RequestParam MultiValueMap<String, String> params,
                Actor.Person viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "minutes of meeting " + meetingId);
        MeetingView view = recordable(record, meetingId);
        MinutesForm form = MinutesForm.from(params);
        String intent = params.getFirst("intent");
        if ("more".equals(intent)) {
            return form(model, record, view, form.withMoreRows(), Map.of(), List.of());
        }
        MeetingMinutes.Intent chosen = "draft".equals(intent) ? MeetingMinutes.Intent.DRAFT : MeetingMinutes.Intent.FINALISE;
        MeetingMinutes.Saved saved = minutes.save(record, view.meeting(), form.input(view.meeting()), chosen,
                "true".equals(params.getFirst("acknowledged")));
        if (!saved.stored()) {
            return form(model, record, view, form, saved.errors(), saved.warnings());
        }
        return "redirect:/children/" + record.child() + "/meetings/" + view.meeting().id()
                + (saved.finalVersion() != null ? "?finalised" : "?saved");
    }

    private MeetingView recordable(OpenRecord record, String meetingId) {
        MeetingView view = pages.meeting(record, meetingId);
        if (!minutes.mayRecord(record, view.meeting())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return view;
    }

    private String form(Model model, OpenRecord record, MeetingView view, MinutesForm form, Map<String, Problem> errors,
                        List<Problem> warnings) {
        model.addAttribute("childId", record.child().toString()).addAttribute("view", view)
                .addAttribute("meeting", view.meeting()).addAttribute("values", form.values)
                .addAttribute("decisionRows", form.decisionRows).addAttribute("actionRows", form.actionRows)
                .addAttribute("recommendationRows", form.recommendationRows)
                .addAttribute("errors", errors).addAttribute("warnings", warnings)
                .addAttribute("correcting", view.status() == MeetingView.Status.FINALISED)
                .addAttribute("attendances", List.of(Minutes.Attendance.values()))
                .addAttribute("participations", List.of(Minutes.ChildParticipation.values()))
                .addAttribute("sensitivities", List.of(Sensitivity.values()))
                .addAttribute("kinds", List.of(Decision.Kind.values()))
                .addAttribute("categories", List.of(Decision.PlanCategory.values()))
                .addAttribute("agencies", view.meeting().invitations().stream().map(i -> i.who().agency()).distinct().toList());
        return "meetings/minutes";
    }
}
