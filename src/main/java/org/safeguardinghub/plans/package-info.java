/**
 * Plans (DESIGN.md capability 4; issue 15): early help, child in need, child protection (by
 * category), care, exploitation risk management and missing trigger plans, each with outcomes in
 * plain words and SMART actions (what, who, by when, how we know it is done, how we know it
 * worked), progress updates, reviews on statutory timescales, drift detection ({@code PLAN_DRIFT}),
 * no agency leaving and no closing without a multi-agency review
 * ({@code AGENCY_WITHDRAWAL_WITHOUT_REVIEW}), and managers' oversight. Actions agreed at meetings
 * land here ({@link org.safeguardinghub.meetings.MeetingFinalised}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans",
        allowedDependencies = {"shared", "access", "calendar", "chronology", "notifications", "alerts", "meetings"})
package org.safeguardinghub.plans;
