package org.safeguardinghub.meetings;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.shared.DateInput;

/**
 * The minutes as typed into the form (or given by the demo data), before they are checked: every
 * value as text. Rows that are wholly blank are ignored.
 *
 * @param attendance              by invitation id
 * @param contributions           by agency id
 * @param contributionSensitivity by agency id
 */
public record MinutesInput(DateInput heldOn, String chair, Map<UUID, String> attendance, String childParticipation,
                           String childViews, String parentsViews, Map<UUID, String> contributions,
                           Map<UUID, String> contributionSensitivity, String analysis, List<DecisionRow> decisions,
                           List<ActionRow> actions, List<String> recommendations, String correctionReason) {

    public MinutesInput {
        attendance = Map.copyOf(attendance);
        contributions = Map.copyOf(contributions);
        contributionSensitivity = Map.copyOf(contributionSensitivity);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
        recommendations = recommendations.stream().map(r -> r == null ? "" : r).toList();
    }

    public record DecisionRow(String kind, String category, String detail) {

        public boolean blank() {
            return isBlank(kind) && isBlank(detail);
        }
    }

    /** @param id the action's id if it was in an earlier revision (blank for a new one); owner: a practitioner id */
    public record ActionRow(String id, String what, String owner, DateInput due, String doneLooksLike) {

        public boolean blank() {
            return isBlank(what) && isBlank(owner) && (due == null || due.isBlank()) && isBlank(doneLooksLike);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
