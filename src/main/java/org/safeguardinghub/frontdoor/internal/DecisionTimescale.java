package org.safeguardinghub.frontdoor.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.shared.HubTime;

/**
 * The front door's timescales (Working Together 2023: a decision on the type of response within one
 * working day of a contact; a child and family assessment within 45 working days of the referral).
 * A contact made out of hours, at a weekend or on a bank holiday starts its clock at the start of
 * the next working day. Plain Java over the one working-day calendar.
 */
public record DecisionTimescale(int decisionWorkingDays, int assessmentWorkingDays) {

    /** A deadline and why it is then (message keys with their numbers). */
    public record Deadline(Instant due, String reasonKey, List<Object> args) {
    }

    public Deadline decisionDue(Instant received, WorkingDayCalendar calendar) {
        Instant due = calendar.deadline(received, decisionWorkingDays);
        boolean startsLater = !calendar.isWorkingDay(LocalDate.ofInstant(received, HubTime.ZONE));
        return new Deadline(due, startsLater ? "contact.deadline.reason.nextWorkingDay" : "contact.deadline.reason",
                List.of(decisionWorkingDays));
    }

    public LocalDate assessmentDue(LocalDate referredOn, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(referredOn, assessmentWorkingDays);
    }
}
