/**
 * Oversight and escalation (DESIGN.md capability 7): tipping-point alerts from rules over the
 * child's multi-agency chronology, notifications, the managers' view, professional-disagreement
 * escalation, and the one working-day calendar every timescale uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight and escalation")
package org.safeguardinghub.oversight;
