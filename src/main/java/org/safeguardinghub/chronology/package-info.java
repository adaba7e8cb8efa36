/**
 * One child, one record, one chronology (DESIGN.md capability 1): children and what identifies
 * them, their family and professional network, the append-only multi-agency chronology with its
 * counters, timeline and exports, and the partner event feed that fills it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Child record and chronology",
        allowedDependencies = {"shared", "access"})
package org.safeguardinghub.chronology;
