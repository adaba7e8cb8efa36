package org.safeguardinghub.risk.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskHistory;
import org.safeguardinghub.risk.Screening;
import org.safeguardinghub.risk.ScreeningTools;
import org.safeguardinghub.risk.Screenings;
import org.safeguardinghub.risk.ToolDefinition;
import org.safeguardinghub.risk.internal.JudgementRule;
import org.safeguardinghub.risk.internal.RiskPermissions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One screening: what the tool suggested and why, the judgement and its rationale (where the viewer
 * reads them), the level in force, and a manager's answer to a lowering waiting for one.
 */
@Controller
class ScreeningController {

    /** A manager's answer. */
    enum Answer { AGREE, DISAGREE }

    private final ChildRecords records;
    private final Screenings screenings;
    private final ScreeningTools tools;
    private final ChronologyQuery chronology;
    private final Agencies agencies;

    ScreeningController(ChildRecords records, Screenings screenings, ScreeningTools tools, ChronologyQuery chronology,
                        Agencies agencies) {
        this.records = records;
        this.screenings = screenings;
        this.tools = tools;
        this.chronology = chronology;
        this.agencies = agencies;
    }

    @GetMapping("/children/{id}/risk/screenings/{screening}")
    String show(@PathVariable String id, @PathVariable String screening, Actor viewer, Model model) {
        OpenRecord record = RiskPages.open(records, viewer, id, "exploitation risk screening " + screening);
        return page(model, record, screening, null, "");
    }

    @PostMapping("/children/{id}/risk/screenings/{screening}/agreement")
    String decide(@PathVariable String id, @PathVariable String screening, @RequestParam(required = false) String answer,
                  @RequestParam(defaultValue = "") String note, Actor viewer, Model model) {
        OpenRecord record = RiskPages.open(records, viewer, id, "agree to exploitation risk screening " + screening);
        Optional<Answer> given = RiskPages.choice(Answer.class, answer);
        Optional<String> problem = given.isEmpty() ? Optional.of("risk.screening.decide")
                : screenings.decide(record, RiskPages.uuid(screening).orElse(null), given.get() == Answer.AGREE, note);
        if (problem.isEmpty()) {
            return "redirect:/children/" + record.child() + "/risk/screenings/" + screening;
        }
        return page(model, record, screening, problem.get(), note);
    }

    private String page(Model model, OpenRecord record, String id, String problem, String note) {
        RiskHistory history = screenings.history(record);
        Screening s = RiskPages.uuid(id).flatMap(history::screening)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean readable = screenings.mayRead(record, s);
        Map<UUID, ChronologyEntry> evidence = new HashMap<>();
        if (readable) {
            chronology.entries(record, s.answers().stream().flatMap(a -> a.evidence().stream()).toList())
                    .forEach(e -> evidence.put(e.eventId(), e));
        }
        Permission mayAgree = screenings.mayAgree(record, s);
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("s", s).addAttribute("readable", readable).addAttribute("evidence", evidence)
                .addAttribute("indicatorTexts", indicatorTexts(tools.version(s.toolVersion()).definition()))
                .addAttribute("bandLabels", bandLabels(tools.version(s.toolVersion()).definition()))
                .addAttribute("agency", RiskTab.agencyName(agencies, s.agencyId()))
                .addAttribute("latest", history.latest().map(l -> l.id().equals(s.id())).orElse(false))
                .addAttribute("mayAgree", mayAgree.allowed()).addAttribute("mayAgreeReason", mayAgree.reason())
                .addAttribute("mayLink", RiskPermissions.link(record.viewer(), record.basis()).allowed())
                .addAttribute("errors", problem == null ? Map.of() : Map.of("answer", problem))
                .addAttribute("note", note).addAttribute("agreementReasons", agreementReasons(s));
        return "risk/screening";
    }

    static Map<String, String> indicatorTexts(ToolDefinition tool) {
        Map<String, String> texts = new HashMap<>();
        tool.indicators().forEach(i -> texts.put(i.code(), i.text()));
        return texts;
    }

    static Map<String, String> bandLabels(ToolDefinition tool) {
        Map<String, String> labels = new HashMap<>();
        tool.recency().forEach(b -> labels.put(b.code(), b.label()));
        return labels;
    }

    /** Why the screening needed a manager, worked out again from what it recorded. */
    private static List<Reason> agreementReasons(Screening s) {
        return JudgementRule.judge(s.toolLevel(), s.judgedLevel(), s.levelBefore(), "-").agreementNeeded();
    }
}
