/**
 * The synthetic demo data set the default run starts with: agencies of every type in two areas,
 * practitioners in several roles, one API client per agency, and five invented children whose
 * stories echo the Serious Case Reviews in shared/seeds, loaded through the partner event feed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "access", "chronology", "risk", "plans", "meetings", "missing"})
package org.safeguardinghub.demo;
