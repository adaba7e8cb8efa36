/**
 * The alert vocabulary every module shares and the way a module reports to oversight: the alert
 * codes of the partner contract with their severity, and {@link org.safeguardinghub.alerts.AlertRuleEvaluated},
 * which a module publishes when its own rule about a child (a contact past its deadline, a
 * drifting plan) is met or no longer met ({@link org.safeguardinghub.alerts.AlertRulesEvaluated} for
 * many children at once). Oversight listens and raises, updates or withdraws the
 * alert; no module imports oversight, so oversight can depend on all of them. A module shows its
 * overdue work in the managers' view through {@link org.safeguardinghub.alerts.ManagersViewSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alert codes and reports",
        allowedDependencies = {"chronology", "access"})
package org.safeguardinghub.alerts;
