package org.safeguardinghub.missing.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.Absence;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.EpisodeSubmission;
import org.safeguardinghub.missing.Episodes;
import org.safeguardinghub.missing.MissingFrom;
import org.safeguardinghub.missing.ReturnSubmission;
import org.safeguardinghub.missing.RiskGrading;
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

/** Recording an episode (as it starts, or after the child came back), the return, and sharing the missing profile. */
@Controller
class EpisodeController {

    private final ChildRecords records;
    private final Episodes episodes;
    private final MissingPage page;

    EpisodeController(ChildRecords records, Episodes episodes, MissingPage page) {
        this.records = records;
        this.episodes = episodes;
        this.page = page;
    }

    @GetMapping("/children/{id}/missing/episodes/new")
    String form(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "record a missing episode");
        Moment now = Moment.of(page.now());
        return form(model, record, new EpisodeSubmission(null, Absence.MISSING.name(), null, null, null, now, Moment.of(null),
                ReturnSubmission.blank()), Map.of());
    }

    @PostMapping("/children/{id}/missing/episodes")
    String start(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "record a missing episode");
        EpisodeSubmission submission = new FormFields(form).episode();
        Episodes.Recorded recorded = episodes.start(record, submission);
        if (!recorded.problems().isEmpty()) {
            return form(model, record, submission, recorded.problems());
        }
        return "redirect:/children/" + record.child() + "?tab=missing#tab";
    }

    @GetMapping("/children/{id}/missing/episodes/{episodeId}/return")
    String returnForm(@PathVariable String id, @PathVariable UUID episodeId, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "record a return");
        ReturnSubmission blank = ReturnSubmission.blank();
        return returnForm(model, record, episode(record, episodeId), new ReturnSubmission(Moment.of(page.now()),
                blank.foundAt(), blank.foundWith(), null, null, null), Map.of());
    }

    @PostMapping("/children/{id}/missing/episodes/{episodeId}/return")
    String recordReturn(@PathVariable String id, @PathVariable UUID episodeId,
                        @RequestParam MultiValueMap<String, String> form, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "record a return");
        Episode episode = episode(record, episodeId);
        ReturnSubmission submission = new FormFields(form).found("returned");
        Episodes.Recorded recorded = episodes.recordReturn(record, episodeId, submission);
        if (!recorded.problems().isEmpty()) {
            return returnForm(model, record, episode, submission, recorded.problems());
        }
        return "redirect:/children/" + record.child() + "?tab=missing#episode-" + recorded.episodeId();
    }

    @PostMapping("/children/{id}/missing/episodes/{episodeId}/share")
    String share(@PathVariable String id, @PathVariable UUID episodeId, Actor viewer) {
        OpenRecord record = open(viewer, id, "share the missing profile");
        int told = episodes.share(record, episodeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "missing.error.mayNotShare"));
        return "redirect:/children/" + record.child() + "?tab=missing&shared=" + told + "#tab";
    }

    private OpenRecord open(Actor viewer, String id, String detail) {
        OpenRecord record = records.open(viewer, id, AuditAction.VIEW_CHILD, detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (episodes.mayRecord(record).refused()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, episodes.mayRecord(record).reason());
        }
        return record;
    }

    private Episode episode(OpenRecord record, UUID episodeId) {
        return episodes.find(record, episodeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, OpenRecord record, EpisodeSubmission submission, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("form", submission).addAttribute("errors", errors)
                .addAttribute("froms", Arrays.asList(MissingFrom.values())).addAttribute("absences", Arrays.asList(Absence.values()))
                .addAttribute("gradings", Arrays.stream(RiskGrading.values()).filter(g -> g != RiskGrading.NO_APPARENT_RISK).toList());
        return "missing/episode-new";
    }

    private String returnForm(Model model, OpenRecord record, Episode episode, ReturnSubmission submission,
                              Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("episode", MissingViews.of(record, java.util.List.of(episode)).getFirst())
                .addAttribute("form", submission).addAttribute("errors", errors);
        return "missing/return";
    }
}
