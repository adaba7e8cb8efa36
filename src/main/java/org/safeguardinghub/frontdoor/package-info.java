/**
 * The front door (DESIGN.md capability 2): contacts from any agency, MASH triage with information
 * requests to partners, threshold decisions against the local threshold document within one
 * working day, feedback to the referrer, and the case's level of need stepped up and down by
 * recorded decisions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front door",
        allowedDependencies = {"shared", "access", "calendar", "chronology", "notifications", "alerts"})
package org.safeguardinghub.frontdoor;
