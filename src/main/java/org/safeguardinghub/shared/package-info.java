/**
 * Technical pieces every module shares: the Europe/London clock, time-ordered ids, the embedded
 * PostgreSQL used by default (protected by a generated password) and the secrets generated beside
 * it, a refused start that says what to do, the web shell (layout, static assets, problem
 * details). No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        allowedDependencies = {})
package org.safeguardinghub.shared;
