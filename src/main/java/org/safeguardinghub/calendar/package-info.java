/**
 * The working-day calendar (a shared service): working days in England and Wales and the bank
 * holidays administrators keep, so that every statutory timescale in the product (decisions,
 * assessments, conferences, escalation stages) is counted the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar",
        allowedDependencies = {"shared", "access"})
package org.safeguardinghub.calendar;
