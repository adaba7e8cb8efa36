package org.safeguardinghub.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a plan (issue 15, item 3: "what changed since the last
 * review"): the lead professional, the agencies, the review date, each outcome's status, and each
 * action added, changed (what, owner, due date, status) or gone. Each change is a message key and its
 * arguments. Plain Java.
 */
public final class PlanChanges {

    public record Change(String key, List<Object> args) {

        public Change {
            args = List.copyOf(args);
        }
    }

    private PlanChanges() {
    }

    public static List<Change> between(PlanSnapshot before, PlanSnapshot after) {
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(before.lead(), after.lead())) {
            changes.add(new Change("plan.change.lead", List.of(before.lead(), after.lead())));
        }
        after.agencies().stream().filter(a -> !before.agencies().contains(a))
                .forEach(a -> changes.add(new Change("plan.change.agencyJoined", List.of(a))));
        before.agencies().stream().filter(a -> !after.agencies().contains(a))
                .forEach(a -> changes.add(new Change("plan.change.agencyLeft", List.of(a))));
        if (!Objects.equals(before.reviewDue(), after.reviewDue()) && after.reviewDue() != null) {
            changes.add(new Change("plan.change.reviewDue", List.of(after.reviewDue())));
        }
        outcomes(before, after, changes);
        actions(before, after, changes);
        return changes;
    }

    private static void outcomes(PlanSnapshot before, PlanSnapshot after, List<Change> changes) {
        Map<Integer, PlanSnapshot.SnapOutcome> was = before.outcomes().stream()
                .collect(Collectors.toMap(PlanSnapshot.SnapOutcome::position, Function.identity()));
        for (PlanSnapshot.SnapOutcome now : after.outcomes()) {
            PlanSnapshot.SnapOutcome then = was.get(now.position());
            if (then == null) {
                changes.add(new Change("plan.change.outcomeAdded", List.of(now.wording())));
            } else if (!Objects.equals(then.status(), now.status()) && now.status() != null) {
                changes.add(new Change("plan.change.outcomeStatus", List.of(now.wording(), now.status())));
            }
        }
    }

    private static void actions(PlanSnapshot before, PlanSnapshot after, List<Change> changes) {
        Map<UUID, PlanSnapshot.SnapAction> was = before.actions().stream()
                .collect(Collectors.toMap(PlanSnapshot.SnapAction::id, Function.identity()));
        for (PlanSnapshot.SnapAction now : after.actions()) {
            PlanSnapshot.SnapAction then = was.remove(now.id());
            if (then == null) {
                changes.add(new Change("plan.change.actionAdded", List.of(now.what(), now.owner(), now.due())));
                continue;
            }
            if (!Objects.equals(then.what(), now.what())) {
                changes.add(new Change("plan.change.actionWhat", List.of(then.what(), now.what())));
            }
            if (!Objects.equals(then.owner(), now.owner())) {
                changes.add(new Change("plan.change.actionOwner", List.of(now.what(), now.owner())));
            }
            if (!Objects.equals(then.due(), now.due())) {
                changes.add(new Change("plan.change.actionDue", List.of(now.what(), now.due())));
            }
            if (!Objects.equals(then.status(), now.status())) {
                changes.add(new Change("plan.change.actionStatus", List.of(now.what(), now.status())));
            }
        }
        was.values().forEach(gone -> changes.add(new Change("plan.change.actionGone", List.of(gone.what()))));
    }
}
