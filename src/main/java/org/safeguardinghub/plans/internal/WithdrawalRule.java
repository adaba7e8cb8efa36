package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * No withdrawal without review (issue 15, item 5): "Teams withdrew their involvement without a
 * multi-agency review and when it was not safe to do so" (seeds 000, "05 The Findings"). An agency
 * may leave an open plan only after a multi-agency review in which it took part (it attended a
 * review meeting of a kind that reviews the plan, or a review of the plan recorded that it was
 * consulted); a plan may be closed only when every agency still involved took part in one. A review
 * counts if it was held since the plan started, within {@code within} before today, and not after
 * today. Answers with the review relied on, or the agencies no review covered. Plain Java.
 */
public final class WithdrawalRule {

    /** A multi-agency review: when, which agencies took part, and what it was (a meeting type or a plan review). */
    public record Held(LocalDate heldOn, Set<UUID> agencies, String kindKey) {

        public Held {
            agencies = Set.copyOf(agencies);
        }
    }

    /**
     * Whether the withdrawal may go ahead and why (a message key and its arguments): the review relied
     * on, or the agencies no review covered.
     */
    public record Outcome(boolean allowed, String reasonKey, List<Object> args, Optional<Held> relied, Set<UUID> uncovered) {

        public Outcome {
            args = List.copyOf(args);
            uncovered = Set.copyOf(uncovered);
        }
    }

    private WithdrawalRule() {
    }

    /** An agency leaving an open plan. */
    public static Outcome leave(UUID agency, LocalDate planStarted, LocalDate today, Period within, Collection<Held> reviews) {
        Optional<Held> covering = counting(planStarted, today, within, reviews).stream()
                .filter(r -> r.agencies().contains(agency)).max(java.util.Comparator.comparing(Held::heldOn));
        return covering.map(WithdrawalRule::allowed)
                .orElseGet(() -> new Outcome(false, "plan.withdrawal.noReview", List.of(), Optional.empty(), Set.of(agency)));
    }

    /** Closing a plan in which these agencies are still involved. */
    public static Outcome close(Set<UUID> involved, LocalDate planStarted, LocalDate today, Period within,
                                Collection<Held> reviews) {
        List<Held> counting = counting(planStarted, today, within, reviews);
        Set<UUID> uncovered = new LinkedHashSet<>(involved);
        counting.forEach(r -> uncovered.removeAll(r.agencies()));
        if (!uncovered.isEmpty()) {
            return new Outcome(false, "plan.withdrawal.notEveryAgency", List.of(uncovered.size()), Optional.empty(), uncovered);
        }
        return counting.stream().max(java.util.Comparator.comparing(Held::heldOn)).map(WithdrawalRule::allowed)
                .orElseGet(() -> new Outcome(false, "plan.withdrawal.noReview", List.of(), Optional.empty(), Set.of()));
    }

    /**
     * Whether a refused attempt on {@code attemptedOn} (by {@code agency} to leave, or, with none, to
     * close the plan) has since been answered by a multi-agency review held that day or later that
     * covered the agency (or, for a closure, every agency still involved). Until then the
     * {@code AGENCY_WITHDRAWAL_WITHOUT_REVIEW} alert stands.
     */
    public static boolean answered(LocalDate attemptedOn, Optional<UUID> agency, Set<UUID> involved, Collection<Held> reviews) {
        List<Held> since = reviews.stream().filter(r -> !r.heldOn().isBefore(attemptedOn)).toList();
        if (agency.isPresent()) {
            return since.stream().anyMatch(r -> r.agencies().contains(agency.get()));
        }
        Set<UUID> uncovered = new LinkedHashSet<>(involved);
        since.forEach(r -> uncovered.removeAll(r.agencies()));
        return !since.isEmpty() && uncovered.isEmpty();
    }

    /** The reviews that count: held since the plan started and within the period, not in the future. */
    static List<Held> counting(LocalDate planStarted, LocalDate today, Period within, Collection<Held> reviews) {
        LocalDate earliest = today.minus(within);
        LocalDate from = planStarted.isAfter(earliest) ? planStarted : earliest;
        return reviews.stream().filter(r -> !r.heldOn().isBefore(from) && !r.heldOn().isAfter(today)).toList();
    }

    private static Outcome allowed(Held review) {
        return new Outcome(true, "plan.withdrawal.reviewed", List.of(), Optional.of(review), Set.of());
    }
}
