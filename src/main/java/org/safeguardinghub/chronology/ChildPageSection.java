package org.safeguardinghub.chronology;

import java.util.Map;
import java.util.Optional;

/**
 * A part of the child's page that another module contributes (alerts, disagreements, the level of
 * need, later plans and meetings), so the page shows them without the chronology module depending
 * on those modules. The page is an overview: banners and the at-a-glance summary at the top of
 * every tab, then one tab at a time (the chronology, the network, the family, or a module's own).
 */
public interface ChildPageSection {

    /** What a section renders: a Thymeleaf fragment ({@code template :: fragment}) and its model. */
    record View(String template, String fragment, Map<String, Object> model) {
    }

    /** Where a section shows. */
    enum Place {
        /** Across the top of the page, above the summary: something everyone must see first (a merged record). */
        BANNER,
        /** A card in the at-a-glance summary, on every tab: short enough to read in seconds. */
        SUMMARY,
        /** A tab of its own, rendered only when chosen. */
        TAB
    }

    default Place place() {
        return Place.TAB;
    }

    /** For a tab: its name in the page's address ({@code ?tab=alerts}); letters and hyphens. */
    default String tab() {
        return null;
    }

    /** For a tab: the message key of its title. */
    default String titleKey() {
        return null;
    }

    int order();

    /** The section for this record, or empty to show nothing. The record is already opened and audited. */
    Optional<View> render(OpenRecord record);
}
