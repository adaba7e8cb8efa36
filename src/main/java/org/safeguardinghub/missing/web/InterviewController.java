package org.safeguardinghub.missing.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.Episodes;
import org.safeguardinghub.missing.ExploitationIndicator;
import org.safeguardinghub.missing.InterviewSubmission;
import org.safeguardinghub.missing.ReturnInterviews;
import org.safeguardinghub.missing.internal.MissingViews;
import org.safeguardinghub.missing.internal.Moment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Recording the return interview of an ended episode, by someone independent of the carers. */
@Controller
class InterviewController {

    private final ChildRecords records;
    private final Episodes episodes;
    private final ReturnInterviews interviews;
    private final MissingPage page;

    InterviewController(ChildRecords records, Episodes episodes, ReturnInterviews interviews, MissingPage page) {
        this.records = records;
        this.episodes = episodes;
        this.interviews = interviews;
        this.page = page;
    }

    @GetMapping("/children/{id}/missing/episodes/{episodeId}/interview")
    String form(@PathVariable String id, @PathVariable UUID episodeId, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id);
        Episode episode = episode(record, episodeId);
        return form(model, record, episode, new InterviewSubmission(Moment.of(page.now()), null, Moment.of(null), null, null,
                null, List.of(), false), Map.of());
    }

    @PostMapping("/children/{id}/missing/episodes/{episodeId}/interview")
    String record(@PathVariable String id, @PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> form,
                  Actor viewer, Model model) {
        OpenRecord record = open(viewer, id);
        Episode episode = episode(record, episodeId);
        InterviewSubmission submission = new FormFields(form).interview();
        Episodes.Recorded recorded = interviews.record(record, episodeId, submission);
        if (!recorded.problems().isEmpty()) {
            return form(model, record, episode, submission, recorded.problems());
        }
        return "redirect:/children/" + record.child() + "?tab=missing#episode-" + episodeId;
    }

    private OpenRecord open(Actor viewer, String id) {
        return records.open(viewer, id, AuditAction.VIEW_CHILD, "record a return interview")
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An ended episode whose interview the viewer may record (independent of the carers). */
    private Episode episode(OpenRecord record, UUID episodeId) {
        Episode episode = episodes.find(record, episodeId).filter(e -> !e.ongoing())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Permission may = interviews.mayRecord(record, episode);
        if (may.refused()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, may.reason());
        }
        return episode;
    }

    private String form(Model model, OpenRecord record, Episode episode, InterviewSubmission submission,
                        Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("episode", MissingViews.of(record, List.of(episode)).getFirst())
                .addAttribute("clock", interviews.clock(episode, interviews.of(record)))
                .addAttribute("form", submission).addAttribute("errors", errors)
                .addAttribute("indicators", Arrays.asList(ExploitationIndicator.values()));
        return "missing/interview";
    }
}
