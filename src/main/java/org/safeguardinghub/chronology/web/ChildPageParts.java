package org.safeguardinghub.chronology.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildDeadlines;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.springframework.stereotype.Component;

/**
 * The parts other modules contribute to the child's page: banners and summary cards for the top,
 * the tabs, and what is due next. The chronology's own tabs come first.
 */
@Component
class ChildPageParts {

    /** A tab of the child's page: its name in the address and the message key of its title. */
    record Tab(String key, String titleKey) {
    }

    static final String CHRONOLOGY = "chronology";
    static final List<Tab> OWN_TABS = List.of(new Tab(CHRONOLOGY, "chronology.title"), new Tab("network", "network.title"),
            new Tab("family", "family.title"));
    static final int DEADLINES_SHOWN = 5;

    private final List<ChildPageSection> sections;
    private final List<ChildDeadlines> deadlines;

    ChildPageParts(List<ChildPageSection> sections, List<ChildDeadlines> deadlines) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(ChildPageSection::order)).toList();
        this.deadlines = List.copyOf(deadlines);
    }

    List<ChildPageSection.View> placed(ChildPageSection.Place place, OpenRecord record) {
        return sections.stream().filter(s -> s.place() == place).map(s -> s.render(record)).flatMap(Optional::stream)
                .toList();
    }

    List<Tab> tabs() {
        List<Tab> tabs = new ArrayList<>(OWN_TABS);
        sections.stream().filter(s -> s.place() == ChildPageSection.Place.TAB)
                .forEach(s -> tabs.add(new Tab(s.tab(), s.titleKey())));
        return tabs;
    }

    /** The tab asked for, if there is one by that name; otherwise the chronology. */
    String chosen(String tab) {
        return tabs().stream().map(Tab::key).filter(k -> k.equals(tab)).findFirst().orElse(CHRONOLOGY);
    }

    Optional<ChildPageSection.View> tab(String key, OpenRecord record) {
        return sections.stream().filter(s -> s.place() == ChildPageSection.Place.TAB && key.equals(s.tab()))
                .findFirst().flatMap(s -> s.render(record));
    }

    /** What is due next, soonest first (overdue things first of all). */
    List<ChildDeadlines.Deadline> dueNext(OpenRecord record) {
        return deadlines.stream().flatMap(d -> d.deadlines(record).stream())
                .sorted(Comparator.comparing(ChildDeadlines.Deadline::due)).limit(DEADLINES_SHOWN).toList();
    }
}
