package org.safeguardinghub.plans;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of plans. The statutory review timescales (child protection and care plans) are law,
 * not settings; the review intervals of the other plans are local practice.
 *
 * @param actionOverdueWorkingDays       an open action more than this many working days past its due date drifts
 * @param noProgressWorkingDays          an open action with no progress update for this many working days drifts
 * @param earlyHelpReview                how often an early help plan is reviewed
 * @param childInNeedReview              how often a child in need plan is reviewed
 * @param riskPlanReview                 how often exploitation risk management and missing trigger plans are reviewed
 * @param oversightWorkingDays           a child with an open child protection plan and no manager's oversight
 *                                       for this many working days shows in the managers' view
 * @param otherOversightWorkingDays      the same for a child whose open plans are of other kinds
 * @param withdrawalReviewWithin         a multi-agency review lets an agency leave (or the plan close) if held
 *                                       this recently, and not before the plan started
 * @param deadlineCheck                  how often the drift rules look for plans that crossed a threshold
 */
@ConfigurationProperties("safeguarding.plans")
public record PlansProperties(@DefaultValue("10") int actionOverdueWorkingDays,
                              @DefaultValue("20") int noProgressWorkingDays,
                              @DefaultValue("P3M") Period earlyHelpReview,
                              @DefaultValue("P3M") Period childInNeedReview,
                              @DefaultValue("P6W") Period riskPlanReview,
                              @DefaultValue("20") int oversightWorkingDays,
                              @DefaultValue("30") int otherOversightWorkingDays,
                              @DefaultValue("P3M") Period withdrawalReviewWithin,
                              @DefaultValue("PT1M") Duration deadlineCheck) {

    public PlansProperties {
        if (actionOverdueWorkingDays < 1 || noProgressWorkingDays < 1 || oversightWorkingDays < 1
                || otherOversightWorkingDays < 1) {
            throw new IllegalArgumentException("safeguarding.plans working days must be 1 or more");
        }
        for (Period period : new Period[] {earlyHelpReview, childInNeedReview, riskPlanReview, withdrawalReviewWithin}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("safeguarding.plans periods must be positive");
            }
        }
    }
}
