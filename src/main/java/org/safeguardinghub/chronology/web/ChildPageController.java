package org.safeguardinghub.chronology.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.ChildProfile;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyFilter;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's page: at the top, what any professional needs in ten seconds (who the child is, who
 * is involved and how to reach them, level of need, open alerts, counts, what is due next); below,
 * one tab at a time: the chronology with its timeline, the network, the family, or a module's own.
 */
@Controller
class ChildPageController {

    static final int PAGE_SIZE = 50;
    static final int TIMELINE_LIMIT = 2000;

    private final ChildRecords records;
    private final ChronologyQuery chronology;
    private final Agencies agencies;
    private final ChildPageParts parts;
    private final Clock clock;

    ChildPageController(ChildRecords records, ChronologyQuery chronology, Agencies agencies, ChildPageParts parts,
                        Clock clock) {
        this.records = records;
        this.chronology = chronology;
        this.agencies = agencies;
        this.parts = parts;
        this.clock = clock;
    }

    @GetMapping("/children/{id}")
    String child(@PathVariable String id, @RequestParam(required = false) String tab,
                 @ModelAttribute("filter") ChronologyFilterForm form, BindingResult binding, Actor viewer, Model model,
                 Locale locale) {
        String chosen = parts.chosen(tab);
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD,
                chosen.equals(ChildPageParts.CHRONOLOGY) ? form.query() : "tab=" + chosen);
        ChildProfile child = records.profile(record);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("child", child)
                .addAttribute("childId", record.child().toString())
                .addAttribute("today", today)
                .addAttribute("now", clock.instant())
                .addAttribute("involved", child.network().stream()
                        .filter(m -> m.practitionerId() != null && m.activeOn(today)).toList())
                .addAttribute("basis", record.basis())
                .addAttribute("errors", form.errors())
                .addAttribute("banners", parts.placed(ChildPageSection.Place.BANNER, record))
                .addAttribute("summaries", parts.placed(ChildPageSection.Place.SUMMARY, record))
                .addAttribute("dueNext", parts.dueNext(record))
                .addAttribute("counters", chronology.counters(record))
                .addAttribute("restrictedCount", chronology.restrictedCount(record))
                .addAttribute("placement", chronology.all(record, new ChronologyFilter(Set.of(),
                        Set.of(EventType.PLACEMENT_CHANGE), Set.of(), null, null), 1).stream().findFirst().orElse(null))
                .addAttribute("tabs", parts.tabs())
                .addAttribute("tab", chosen);
        if (chosen.equals(ChildPageParts.CHRONOLOGY)) {
            chronologyTab(record, form, model, locale);
        } else {
            model.addAttribute("section", parts.tab(chosen, record).orElse(null));
        }
        return "children/child";
    }

    private void chronologyTab(OpenRecord record, ChronologyFilterForm form, Model model, Locale locale) {
        ChronologyFilter filter = form.toFilter(agencies);
        Instant timelineEnd = filter.until() != null ? filter.until() : clock.instant();
        model.addAttribute("page", chronology.page(record, filter, form.getPage(), PAGE_SIZE))
                .addAttribute("timeline", TimelineLayout.layout(chronology.all(record, filter, TIMELINE_LIMIT),
                        filter.from(), timelineEnd, locale))
                .addAttribute("agencies", agencies.all())
                .addAttribute("types", Arrays.asList(EventType.values()))
                .addAttribute("significances", List.of(Significance.values()));
    }
}
