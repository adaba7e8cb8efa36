package org.safeguardinghub.risk.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyFilter;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.ContextLink;
import org.safeguardinghub.risk.ContextLinks;
import org.safeguardinghub.risk.Contexts;
import org.safeguardinghub.risk.Screenings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Linking a child to a place, group or person of concern already recorded, or recording it once
 * and linking, from a practitioner's knowledge, a screening, or an exploitation concern or return
 * interview in the chronology the practitioner may read; and ending a link with a reason.
 */
@Controller
class LinkController {

    static final String NEW = "NEW";
    static final Duration SOURCES_WITHIN = Duration.ofDays(365);

    private final ChildRecords records;
    private final ContextLinks links;
    private final Screenings screenings;
    private final ChronologyQuery chronology;
    private final Clock clock;

    LinkController(ChildRecords records, ContextLinks links, Screenings screenings, ChronologyQuery chronology, Clock clock) {
        this.records = records;
        this.links = links;
        this.screenings = screenings;
        this.chronology = chronology;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/risk/links/new")
    String form(@PathVariable String id, @RequestParam(required = false) String source,
                @RequestParam(required = false) String sourceId, Actor viewer, Model model) {
        OpenRecord record = mayLink(RiskPages.open(records, viewer, id, "link to a context"));
        String from = source == null ? ContextLink.Source.PRACTITIONER.name() : source + ":" + sourceId;
        return page(model, record, Map.of("from", from, "contextId", "", "sensitivity", Sensitivity.STANDARD.name()), Map.of());
    }

    @PostMapping("/children/{id}/risk/links")
    String link(@PathVariable String id, @RequestParam Map<String, String> form, Actor viewer, Model model) {
        OpenRecord record = mayLink(RiskPages.open(records, viewer, id, "link to a context"));
        String chosen = form.getOrDefault("contextId", "");
        Contexts.NewContext newContext = NEW.equals(chosen) ? new Contexts.NewContext(
                RiskPages.choice(ContextKind.class, form.get("kind")).orElse(null), form.get("name"), form.get("description"),
                RiskPages.choice(Sensitivity.class, form.get("sensitivity")).orElse(Sensitivity.STANDARD)) : null;
        String[] from = form.getOrDefault("from", ContextLink.Source.PRACTITIONER.name()).split(":", 2);
        var request = new ContextLinks.Request(NEW.equals(chosen) ? null : RiskPages.uuid(chosen).orElse(null), newContext,
                RiskPages.choice(ContextLink.Source.class, from[0]).orElse(ContextLink.Source.PRACTITIONER),
                from.length > 1 ? RiskPages.uuid(from[1]).orElse(null) : null, form.get("note"));
        Map<String, String> problems = links.link(record, request);
        return problems.isEmpty() ? "redirect:/children/" + record.child() + "?tab=risk#tab" : page(model, record, form, problems);
    }

    @PostMapping("/children/{id}/risk/links/{link}/end")
    String end(@PathVariable String id, @PathVariable String link, @RequestParam(defaultValue = "") String reason,
               Actor viewer) {
        OpenRecord record = RiskPages.open(records, viewer, id, "end a link to a context");
        Optional<String> problem = links.end(record, RiskPages.uuid(link).orElse(null), reason);
        if (problem.isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, problem.get());
        }
        return "redirect:/children/" + record.child() + "?tab=risk#tab";
    }

    private OpenRecord mayLink(OpenRecord record) {
        Permission permission = links.mayLink(record);
        if (permission.refused()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, permission.reason());
        }
        return record;
    }

    private String page(Model model, OpenRecord record, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("existing", links.linkable(record.viewer(), null))
                .addAttribute("sources", sources(record)).addAttribute("kinds", ContextKind.values())
                .addAttribute("sensitivities", Sensitivity.values()).addAttribute("newValue", NEW);
        return "risk/link";
    }

    /**
     * A practitioner's knowledge, the child's screenings, and the exploitation concerns and return
     * interviews of the last year the viewer may read (a type filter finds only those).
     */
    private List<FormViews.LinkSource> sources(OpenRecord record) {
        List<FormViews.LinkSource> sources = new ArrayList<>();
        sources.add(new FormViews.LinkSource(ContextLink.Source.PRACTITIONER.name(), ContextLink.Source.PRACTITIONER, null, null));
        screenings.history(record).screenings().forEach(s -> sources.add(new FormViews.LinkSource("SCREENING:" + s.id(),
                ContextLink.Source.SCREENING, s.screenedAt(), s.screenedByName())));
        ChronologyFilter filter = new ChronologyFilter(Set.of(), Set.of(EventType.EXPLOITATION_CONCERN,
                EventType.RETURN_INTERVIEW), Set.of(), clock.instant().minus(SOURCES_WITHIN), null);
        for (ChronologyEntry e : chronology.all(record, filter, 50)) {
            ContextLink.Source kind = e.type() == EventType.RETURN_INTERVIEW ? ContextLink.Source.RETURN_INTERVIEW
                    : ContextLink.Source.EXPLOITATION_CONCERN;
            sources.add(new FormViews.LinkSource(kind + ":" + e.eventId(), kind, e.occurredAt(), e.summary()));
        }
        return sources;
    }
}
