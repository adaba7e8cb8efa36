package org.safeguardinghub.chronology;

/**
 * A cumulative count of one type of event for a child, so patterns that no single agency sees
 * add up where everyone can see them ("a hospital recorded only annual totals", seeds 002).
 *
 * @param ever            all such events on record
 * @param lastYear        those in the 12 months up to today
 * @param agencies        how many different agencies recorded them
 * @param lastYearAgencies how many agencies in the last 12 months
 */
public record Counter(EventType type, long ever, long lastYear, long agencies, long lastYearAgencies) {
}
