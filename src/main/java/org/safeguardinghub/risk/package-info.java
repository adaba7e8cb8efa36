/**
 * Exploitation risk (DESIGN.md capability 5, issue 17): a screening tool kept as versioned data
 * that supports, never replaces, professional judgement; the child's risk over time; contexts
 * (places, peer groups, persons of concern, vehicles, phone numbers) linked to the children they
 * concern, with a network view; {@code HIGH_RISK_EXPLOITATION} and {@code SHARED_PERSON_OF_CONCERN}
 * reported to oversight through {@code alerts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exploitation risk",
        allowedDependencies = {"shared", "access", "calendar", "chronology", "notifications", "alerts"})
package org.safeguardinghub.risk;
