/**
 * Meetings (DESIGN.md capability 4; issue 14): strategy discussions, conferences, core groups and
 * reviews, with the right agencies invited from the child's network, statutory timing, and a record
 * of decisions, owned actions and recommendations that reaches the chronology, the owners and the
 * child's plans ({@link org.safeguardinghub.meetings.MeetingFinalised}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = {"shared", "access", "calendar", "chronology", "notifications", "alerts"})
package org.safeguardinghub.meetings;
