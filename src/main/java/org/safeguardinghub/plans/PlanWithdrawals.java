package org.safeguardinghub.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.plans.internal.ChangeFollowUp;
import org.safeguardinghub.plans.internal.Fields;
import org.safeguardinghub.plans.internal.MultiAgencyReviews;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.safeguardinghub.plans.internal.PlanPermissions;
import org.safeguardinghub.plans.internal.PlanStore;
import org.safeguardinghub.plans.internal.PlanVersions;
import org.safeguardinghub.plans.internal.ReviewStore;
import org.safeguardinghub.plans.internal.WithdrawalRule;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * No withdrawal without review (issue 15, item 5; {@link WithdrawalRule}): an agency leaves an open
 * plan, and a plan is closed, only after a multi-agency review. Trying anyway is refused, and the
 * attempt is kept and raises {@code AGENCY_WITHDRAWAL_WITHOUT_REVIEW} in the same transaction.
 */
@Service
public class PlanWithdrawals {

    /** What became of a request to leave or close: done, refused for want of a review (and alerted), or its problems. */
    public record Result(boolean done, boolean refusedWithoutReview, Map<String, String> problems) {

        static Result problem(String field, String key) {
            return new Result(false, false, Map.of(field, key));
        }
    }

    private final Plans plans;
    private final PlanStore store;
    private final ReviewStore reviews;
    private final MultiAgencyReviews multiAgency;
    private final PlanReviews planReviews;
    private final PlanEntries entries;
    private final PlanVersions versions;
    private final ChangeFollowUp followUp;
    private final AuditLog auditLog;
    private final Period within;
    private final Clock clock;

    PlanWithdrawals(Plans plans, PlanStore store, ReviewStore reviews, MultiAgencyReviews multiAgency, PlanReviews planReviews,
                    PlanEntries entries, PlanVersions versions, ChangeFollowUp followUp, AuditLog auditLog,
                    PlansProperties properties, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.reviews = reviews;
        this.multiAgency = multiAgency;
        this.planReviews = planReviews;
        this.entries = entries;
        this.versions = versions;
        this.followUp = followUp;
        this.auditLog = auditLog;
        this.within = properties.withdrawalReviewWithin();
        this.clock = clock;
    }

    /** Whether the agency could leave today, and why (the review relied on, or that there is none). */
    public WithdrawalRule.Outcome leaving(Plan plan, UUID agency) {
        return WithdrawalRule.leave(agency, plan.startedOn(), LocalDate.now(clock), within, multiAgency.of(plan));
    }

    /** Whether the plan could be closed today, and why. */
    public WithdrawalRule.Outcome closing(Plan plan) {
        return WithdrawalRule.close(plan.agencies(), plan.startedOn(), LocalDate.now(clock), within, multiAgency.of(plan));
    }

    public Permission mayLeave(OpenRecord record, Plan plan, UUID agency) {
        return plan.open() ? PlanPermissions.leave(record.viewer(), record.basis(), Plans.parties(plan), agency)
                : Permission.refused("plan.error.ended");
    }

    /** The agency leaves the open plan if a multi-agency review lets it; otherwise the attempt is kept and alerted. */
    @Transactional
    public Result leave(OpenRecord record, Plan given, UUID agency, String reason) {
        store.lock(given.id());
        Plan plan = store.byId(given.id()).orElseThrow();
        Permission permission = mayLeave(record, plan, agency);
        if (permission.refused()) {
            return Result.problem("reason", permission.reason());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Fields.required(problems, "reason", reason, Fields.TEXT, "plan.withdrawal.error.reason");
        if (!problems.isEmpty()) {
            return new Result(false, false, problems);
        }
        Actor.Person by = (Actor.Person) record.viewer();
        String name = entries.planName(plan.type(), plan.category());
        if (!leaving(plan, agency).allowed()) {
            return refused(by, record, plan, agency, reason.strip(), "plan.entry.leaveRefused", name);
        }
        LocalDate today = LocalDate.now(clock);
        store.left(plan.leave(agency, by.username(), today, reason.strip()), clock.instant());
        entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()), today,
                Significance.ROUTINE, "plan.entry.left", entries.agencyCode(agency), name, reason.strip());
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), entries.agencyCode(agency) + " left plan " + plan.id());
        followUp.changed(record.child());
        return new Result(true, false, Map.of());
    }

    /** Closes the open plan if every agency in it took part in a multi-agency review; otherwise keeps and alerts the attempt. */
    @Transactional
    public Result close(OpenRecord record, Plan given, String reason) {
        store.lock(given.id());
        Plan plan = store.byId(given.id()).orElseThrow();
        Permission permission = plans.mayChange(record, plan);
        if (permission.refused()) {
            return Result.problem("reason", permission.reason());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Fields.required(problems, "reason", reason, Fields.TEXT, "plan.withdrawal.error.reason");
        if (!problems.isEmpty()) {
            return new Result(false, false, problems);
        }
        Actor.Person by = (Actor.Person) record.viewer();
        String name = entries.planName(plan.type(), plan.category());
        if (!closing(plan).allowed()) {
            return refused(by, record, plan, null, reason.strip(), "plan.entry.closeRefused", name);
        }
        planReviews.end(by, record, plan, plan.end(by.username(), LocalDate.now(clock), reason.strip(), null, null));
        versions.keep(plan.id(), by.username(), entries.text("plan.version.ended"));
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), "closed plan " + plan.id());
        followUp.changed(record.child());
        return new Result(true, false, Map.of());
    }

    /** Keeps the refused attempt (with its chronology entry) and raises the alert, in this transaction. */
    private Result refused(Actor.Person by, OpenRecord record, Plan plan, UUID agency, String reason, String key, String name) {
        LocalDate today = LocalDate.now(clock);
        UUID entry = entries.record(record.child(), by.agency().id(),
                ChronologyEntries.Author.practitioner(by.username()), today, Significance.SIGNIFICANT, key,
                agency == null ? by.agency().code() : entries.agencyCode(agency), name, reason);
        reviews.attempted(new ReviewStore.Attempt(Ids.newId(), plan.id(), agency, today, by.username(), reason, entry),
                clock.instant());
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), "refused without a multi-agency review: "
                + (agency == null ? "closing" : entries.agencyCode(agency) + " leaving") + " plan " + plan.id());
        followUp.changed(record.child());
        return new Result(false, true, Map.of("reason", agency == null ? "plan.withdrawal.refused.close" : "plan.withdrawal.refused.leave"));
    }
}
