/**
 * Technical pieces every module shares: the Europe/London clock, time-ordered ids, the embedded
 * PostgreSQL used by default, the web shell (layout, static assets, problem details). No
 * business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        allowedDependencies = {})
package org.safeguardinghub.shared;
