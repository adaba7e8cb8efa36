package org.safeguardinghub.alerts;

import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;

/**
 * A part of the managers' view that a module contributes (meetings due and overdue, drifting plans,
 * return interviews within 72 hours), so managers see every module's overdue work on one page
 * without those modules importing oversight. Oversight shows the sections in {@link #order()}
 * below its own alerts, caseloads and disagreements.
 */
public interface ManagersViewSection {

    /** What a section renders: a Thymeleaf fragment ({@code template :: fragment}) and its model. */
    record View(String template, String fragment, Map<String, Object> model) {

        public View {
            model = Map.copyOf(model);
        }
    }

    int order();

    /**
     * The section for a manager looking at their agency's view (and one team, or null for all), or
     * empty to show nothing. The section names only children the manager may open (the access
     * policy, as {@code ChildRecords.mayOpen}) and audits the list, one entry per child shown.
     */
    Optional<View> render(Actor.Person manager, Agency agency, String team);
}
