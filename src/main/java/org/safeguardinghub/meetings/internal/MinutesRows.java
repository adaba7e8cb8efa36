package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.meetings.MinutesInput;
import org.safeguardinghub.meetings.Problem;
import org.safeguardinghub.shared.Ids;

/**
 * The rows of the minutes: decisions, actions and recommendations. An action must have what is to
 * be done, an owner (someone invited to the meeting) and a due date not before the meeting (seeds
 * 002: "all agreed actions with specific allocated responsibility and timescales"); a child
 * protection plan must have its category. Problems are keyed by the field they belong to. Plain Java.
 */
final class MinutesRows {

    static final int MAX_DETAIL = 2000;
    static final int MAX_WHAT = 1000;
    static final int MAX_RECOMMENDATION = 2000;

    private MinutesRows() {
    }

    static List<Decision> decisions(List<MinutesInput.DecisionRow> rows, Map<String, Problem> errors) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MinutesInput.DecisionRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            Optional<Decision.Kind> kind = Text.choice(Decision.Kind.class, row.kind());
            Optional<Decision.PlanCategory> category = Text.choice(Decision.PlanCategory.class, row.category());
            if (kind.isEmpty()) {
                errors.put("decisionKind-" + i, Problem.of("minutes.error.decisionKind", i + 1));
            } else if (kind.get() == Decision.Kind.CHILD_PROTECTION_PLAN && category.isEmpty()) {
                errors.put("decisionCategory-" + i, Problem.of("minutes.error.decisionCategory", i + 1));
            }
            if (Text.longerThan(row.detail(), MAX_DETAIL)) {
                errors.put("decisionDetail-" + i, Problem.of("minutes.error.tooLong", MAX_DETAIL));
            }
            kind.ifPresent(k -> decisions.add(new Decision(k,
                    k == Decision.Kind.CHILD_PROTECTION_PLAN ? category.orElse(null) : null, Text.blankToNull(row.detail()))));
        }
        return decisions;
    }

    static List<Minutes.Action> actions(List<MinutesInput.ActionRow> rows, Meeting meeting, LocalDate heldOn,
                                        Map<String, Problem> errors) {
        List<Minutes.Action> actions = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            MinutesInput.ActionRow row = rows.get(i);
            if (!row.blank()) {
                action(row, i, meeting, heldOn, errors).ifPresent(a -> {
                    UUID id = ids.add(a.id()) ? a.id() : Ids.newId();
                    ids.add(id);
                    actions.add(new Minutes.Action(id, a.what(), a.ownerId(), a.ownerAgencyId(), a.due(), a.doneLooksLike()));
                });
            }
        }
        return actions;
    }

    private static Optional<Minutes.Action> action(MinutesInput.ActionRow row, int i, Meeting meeting, LocalDate heldOn,
                                                   Map<String, Problem> errors) {
        int n = i + 1;
        if (Text.blank(row.what())) {
            errors.put("actionWhat-" + i, Problem.of("minutes.error.actionWhat", n));
        } else if (Text.longerThan(row.what(), MAX_WHAT) || Text.longerThan(row.doneLooksLike(), MAX_WHAT)) {
            errors.put("actionWhat-" + i, Problem.of("minutes.error.tooLong", MAX_WHAT));
        }
        var owner = Text.uuid(row.owner()).flatMap(meeting::invitationOf);
        if (owner.isEmpty()) {
            errors.put("actionOwner-" + i, Problem.of("minutes.error.actionOwner", n));
        }
        LocalDate due = row.due() == null ? null : row.due().date().orElse(null);
        if (row.due() == null || row.due().isBlank()) {
            errors.put("actionDue-" + i, Problem.of("minutes.error.actionDue", n));
        } else if (row.due().error() != null) {
            errors.put("actionDue-" + i, Problem.of("minutes.error.actionDueInvalid", n));
        } else if (heldOn != null && due.isBefore(heldOn)) {
            errors.put("actionDue-" + i, Problem.of("minutes.error.actionDueBeforeMeeting", n));
        }
        if (owner.isEmpty() || due == null || Text.blank(row.what())) {
            return Optional.empty();
        }
        return Optional.of(new Minutes.Action(Text.uuid(row.id()).orElseGet(Ids::newId), row.what().strip(),
                owner.get().practitionerId(), owner.get().agencyId(), due, Text.blankToNull(row.doneLooksLike())));
    }

    static List<String> recommendations(List<String> rows, Map<String, Problem> errors) {
        List<String> recommendations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (Text.blank(row)) {
                continue;
            }
            if (Text.longerThan(row, MAX_RECOMMENDATION)) {
                errors.put("recommendation-" + i, Problem.of("minutes.error.tooLong", MAX_RECOMMENDATION));
            }
            recommendations.add(row.strip());
        }
        return recommendations;
    }
}
