package org.safeguardinghub.plans.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A child's {@code PLAN_DRIFT} from what {@link DriftRule} found of each open plan: met when any plan
 * drifts; the reason says how many plans drift and how (reviews past their date, actions overdue,
 * actions without progress, plans unchanged across two reviews, with the limits); the evidence is the
 * chronology entries the reasons rest on, and the agencies those that own what drifts. Plain Java.
 *
 * @param args the reason's numbers for {@code alert.reason.PLAN_DRIFT}: plans drifting, reviews overdue,
 *             actions overdue, actions without progress, plans unchanged, the overdue limit, the progress limit
 */
public record DriftSummary(boolean met, List<Long> args, Set<UUID> evidence, Set<UUID> agencies) {

    public static final String REASON = "PLAN_DRIFT";

    public DriftSummary {
        args = List.copyOf(args);
        evidence = Set.copyOf(evidence);
        agencies = Set.copyOf(agencies);
    }

    public static DriftSummary of(Collection<DriftRule.Drift> drifts, DriftRule.Settings settings) {
        List<DriftRule.Reason> reasons = drifts.stream().flatMap(d -> d.reasons().stream()).toList();
        long plans = drifts.stream().filter(DriftRule.Drift::drifting).count();
        Set<UUID> evidence = new LinkedHashSet<>();
        Set<UUID> agencies = new LinkedHashSet<>();
        reasons.forEach(r -> {
            r.evidence().stream().filter(Objects::nonNull).forEach(evidence::add);
            if (r.agencyId() != null) {
                agencies.add(r.agencyId());
            }
        });
        List<Long> args = List.of(plans, count(reasons, DriftRule.Kind.REVIEW_OVERDUE),
                count(reasons, DriftRule.Kind.ACTION_OVERDUE), count(reasons, DriftRule.Kind.NO_PROGRESS),
                count(reasons, DriftRule.Kind.UNCHANGED_ACROSS_REVIEWS), (long) settings.overdueWorkingDays(),
                (long) settings.noProgressWorkingDays());
        return new DriftSummary(plans > 0, args, evidence, agencies);
    }

    /** The summary as stored, to tell whether anything changed since oversight was last told. */
    public String key() {
        return met ? REASON + args : "";
    }

    private static long count(List<DriftRule.Reason> reasons, DriftRule.Kind kind) {
        return reasons.stream().filter(r -> r.kind() == kind).count();
    }
}
