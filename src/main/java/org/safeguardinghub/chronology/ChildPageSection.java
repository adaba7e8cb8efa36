package org.safeguardinghub.chronology;

import java.util.Map;
import java.util.Optional;

/**
 * A part of the child's page that another module contributes (open alerts, disagreements, later
 * plans and meetings), so the page shows them without the chronology module depending on those
 * modules. Sections are shown in {@link #order()} between the child's details and the chronology.
 */
public interface ChildPageSection {

    /** What a section renders: a Thymeleaf fragment ({@code template :: fragment}) and its model. */
    record View(String template, String fragment, Map<String, Object> model) {
    }

    int order();

    /** The section for this record, or empty to show nothing. The record is already opened and audited. */
    Optional<View> render(OpenRecord record);
}
