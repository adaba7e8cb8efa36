/**
 * Oversight and escalation (DESIGN.md capability 7): tipping-point alerts from rules over the
 * child's multi-agency chronology and from the rules other modules report
 * ({@link org.safeguardinghub.alerts.AlertRuleEvaluated}), who hears of them, the managers' view,
 * and professional-disagreement escalation. An end point: other modules report to it and none
 * imports it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight and escalation",
        allowedDependencies = {"shared", "access", "calendar", "chronology", "notifications", "alerts"})
package org.safeguardinghub.oversight;
