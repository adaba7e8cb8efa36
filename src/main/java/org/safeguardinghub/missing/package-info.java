/**
 * Missing children (DESIGN.md capability 6; issue 16): episodes from home, care and education,
 * reported by carers, schools and practitioners on the hub's forms or by partner systems through the
 * feed, one episode however many sources report it; return interviews offered within 72 hours;
 * missing profiles (the Philomena Protocol) and trigger plans; patterns across an area; and sharing
 * across the boundary between the placing and the host area. It evaluates {@code MISSING_TREND} and
 * {@code RETURN_INTERVIEW_OVERDUE} from its merged episodes and reports them to oversight (ADR 0025).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missing children",
        allowedDependencies = {"shared", "access", "chronology", "notifications", "alerts", "plans"})
package org.safeguardinghub.missing;
