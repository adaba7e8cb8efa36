package org.safeguardinghub.chronology.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/** The child's page: who the child is and who works with them, counters, timeline and chronology. */
@Controller
class ChildPageController {

    static final int PAGE_SIZE = 50;
    static final int TIMELINE_LIMIT = 2000;

    private final ChildRecords records;
    private final ChronologyQuery chronology;
    private final Agencies agencies;
    private final List<ChildPageSection> sections;
    private final Clock clock;

    ChildPageController(ChildRecords records, ChronologyQuery chronology, Agencies agencies,
                        List<ChildPageSection> sections, Clock clock) {
        this.records = records;
        this.chronology = chronology;
        this.agencies = agencies;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ChildPageSection::order)).toList();
        this.clock = clock;
    }

    @GetMapping("/children/{id}")
    String child(@PathVariable String id, @ModelAttribute("filter") ChronologyFilterForm form, BindingResult binding,
                 Actor viewer, Model model, Locale locale) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD, form.query());
        ChronologyFilter filter = form.toFilter(agencies);
        ChildProfile child = records.profile(record);
        LocalDate today = LocalDate.now(clock);
        Instant timelineEnd = filter.until() != null ? filter.until() : clock.instant();
        model.addAttribute("child", child)
                .addAttribute("childId", record.child().toString())
                .addAttribute("today", today)
                .addAttribute("basis", record.basis())
                .addAttribute("errors", form.errors())
                .addAttribute("sections", sections.stream().map(section -> section.render(record))
                        .flatMap(Optional::stream).toList())
                .addAttribute("counters", chronology.counters(record))
                .addAttribute("placement", chronology.all(record, new ChronologyFilter(Set.of(),
                        Set.of(EventType.PLACEMENT_CHANGE), Set.of(), null, null), 1).stream().findFirst().orElse(null))
                .addAttribute("page", chronology.page(record, filter, form.getPage(), PAGE_SIZE))
                .addAttribute("timeline", TimelineLayout.layout(chronology.all(record, filter, TIMELINE_LIMIT),
                        filter.from(), timelineEnd, locale))
                .addAttribute("agencies", agencies.all())
                .addAttribute("types", Arrays.asList(EventType.values()))
                .addAttribute("significances", List.of(Significance.values()));
        return "children/child";
    }
}
