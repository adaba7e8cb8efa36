package org.safeguardinghub.missing;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * How many of the ended episodes of the children a manager may open had their return interview
 * offered within 72 hours of the return (issue 16: "nationally only about 63% are done within 72
 * hours: the managers' view shows ours"), with the reason the page gives for the figure.
 *
 * @param from      the period counted: episodes that ended from this moment ...
 * @param to        ... to this one (now)
 * @param hours     the hours within which an interview is offered (72 by default)
 * @param counted   ended episodes whose 72 hours have passed (one still within them is not counted yet)
 * @param inTime    of those, how many had an interview offered by the deadline
 * @param percent   {@code inTime} as a whole percentage of {@code counted} (rounded half up); empty when none is counted
 * @param reasonKey the message key that explains the figure, with {@code args}
 */
public record InterviewsInTime(Instant from, Instant to, long hours, int counted, int inTime, OptionalInt percent, String reasonKey,
                               List<Object> args) {

    public InterviewsInTime {
        args = List.copyOf(args);
    }
}
