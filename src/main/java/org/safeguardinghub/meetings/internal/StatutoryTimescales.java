package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.MeetingType;

/**
 * The statutory meetings a child is due, from the meetings held (DESIGN.md, "Statutory
 * timescales"; Working Together 2023): an initial child protection conference within 15 working days
 * of the strategy discussion that started section 47 enquiries; the first core group within 10
 * working days of the initial conference; the first review conference within 3 months of the
 * initial conference, then at most every 6 months while a plan lasts; looked-after reviews within 20
 * working days of becoming looked after, then within 3 months, then every 6 months. "Within n
 * working days of" a day is the n-th working day after it; "within n months" is the last working day
 * on or before the same date n months later (meetings are not held on weekends or bank holidays).
 * Where the hub holds no record of when a clock started, the date the organiser gave when convening
 * counts. Plain Java over the working-day calendar.
 */
public final class StatutoryTimescales {

    public static final int INITIAL_CONFERENCE_WORKING_DAYS = 15;
    public static final int FIRST_CORE_GROUP_WORKING_DAYS = 10;
    public static final int FIRST_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;
    public static final int LOOKED_AFTER_FIRST_WORKING_DAYS = 20;
    public static final int LOOKED_AFTER_SECOND_MONTHS = 3;
    public static final int LOOKED_AFTER_LATER_MONTHS = 6;

    /** A meeting whose minutes are final: its type, the day it was held and its decisions. */
    public record Held(UUID meetingId, MeetingType type, LocalDate heldOn, Set<Decision.Kind> decisions) {

        public Held {
            decisions = Set.copyOf(decisions);
        }

        boolean decided(Decision.Kind kind) {
            return decisions.contains(kind);
        }
    }

    /** When a clock started as the organiser of a meeting of this type gave it. */
    public record Given(UUID meetingId, MeetingType type, LocalDate anchorOn) {
    }

    /**
     * A statutory meeting still to be held: its type, the day it is due by, why (a message key and its
     * arguments: numbers and dates), and the meeting that started the clock: the one held, or the one
     * whose organiser gave the day it started.
     */
    public record Due(MeetingType type, LocalDate dueOn, String reasonKey, List<Object> args, UUID anchorMeetingId) {

        public Due {
            args = List.copyOf(args);
        }

        public boolean overdueOn(LocalDate today) {
            return today.isAfter(dueOn);
        }
    }

    /** Where a clock started: the day, and the meeting held that day or whose organiser gave it. */
    private record Anchor(LocalDate on, UUID meetingId, boolean given) {
    }

    private StatutoryTimescales() {
    }

    /** Every statutory meeting the child is due, soonest first. */
    public static List<Due> due(List<Held> held, List<Given> given, WorkingDayCalendar calendar) {
        List<Due> due = new ArrayList<>();
        initialConference(held, given, calendar).ifPresent(due::add);
        firstCoreGroup(held, given, calendar).ifPresent(due::add);
        reviewConference(held, given, calendar).ifPresent(due::add);
        lookedAfterReview(held, given, calendar).ifPresent(due::add);
        due.sort(Comparator.comparing(Due::dueOn));
        return due;
    }

    /** The statutory meeting of this type the child is due, if any. */
    public static Optional<Due> dueFor(MeetingType type, List<Held> held, List<Given> given, WorkingDayCalendar calendar) {
        return due(held, given, calendar).stream().filter(d -> d.type() == type).findFirst();
    }

    static Optional<Due> initialConference(List<Held> held, List<Given> given, WorkingDayCalendar calendar) {
        Optional<Anchor> started = latest(held.stream().filter(h -> MeetingTypeRules.of(h.type()).strategy()
                        && h.decided(Decision.Kind.S47_ENQUIRY)).toList(),
                given, MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE);
        return started.filter(a -> !heldSince(held, MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, a.on())
                        && !decidedSince(held, Decision.Kind.NO_FURTHER_ACTION, a))
                .map(a -> new Due(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE,
                        workingDaysAfter(a.on(), INITIAL_CONFERENCE_WORKING_DAYS, calendar),
                        "due.INITIAL_CONFERENCE" + (a.given() ? ".given" : ""),
                        List.of(INITIAL_CONFERENCE_WORKING_DAYS, a.on()), a.meetingId()));
    }

    static Optional<Due> firstCoreGroup(List<Held> held, List<Given> given, WorkingDayCalendar calendar) {
        Optional<Anchor> plan = latest(held.stream().filter(h -> h.type() == MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE
                && h.decided(Decision.Kind.CHILD_PROTECTION_PLAN)).toList(), given, MeetingType.CORE_GROUP);
        return plan.filter(a -> !heldSince(held, MeetingType.CORE_GROUP, a.on())
                        && !decidedSince(held, Decision.Kind.END_CHILD_PROTECTION_PLAN, a))
                .map(a -> new Due(MeetingType.CORE_GROUP, workingDaysAfter(a.on(), FIRST_CORE_GROUP_WORKING_DAYS, calendar),
                        "due.FIRST_CORE_GROUP", List.of(FIRST_CORE_GROUP_WORKING_DAYS, a.on()), a.meetingId()));
    }

    /** The next review while the latest conference made or continued a plan that has not ended since. */
    static Optional<Due> reviewConference(List<Held> held, List<Given> given, WorkingDayCalendar calendar) {
        Optional<Held> last = held.stream().filter(h -> h.type() == MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE
                        || h.type() == MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE)
                .max(Comparator.comparing(Held::heldOn));
        Optional<Given> stated = latestGiven(given, MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE)
                .filter(g -> last.isEmpty() || g.anchorOn().isAfter(last.get().heldOn()));
        if (stated.isPresent()) {
            return Optional.of(new Due(MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE,
                    withinMonths(stated.get().anchorOn(), FIRST_REVIEW_MONTHS, calendar), "due.REVIEW_CONFERENCE.given",
                    List.of(FIRST_REVIEW_MONTHS, stated.get().anchorOn()), stated.get().meetingId()));
        }
        return last.filter(h -> h.decided(Decision.Kind.CHILD_PROTECTION_PLAN)
                        && !decidedSince(held, Decision.Kind.END_CHILD_PROTECTION_PLAN, new Anchor(h.heldOn(), h.meetingId(), false)))
                .map(h -> {
                    boolean first = h.type() == MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE;
                    int months = first ? FIRST_REVIEW_MONTHS : LATER_REVIEW_MONTHS;
                    return new Due(MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE, withinMonths(h.heldOn(), months, calendar),
                            first ? "due.REVIEW_CONFERENCE.first" : "due.REVIEW_CONFERENCE.later",
                            List.of(months, h.heldOn()), h.meetingId());
                });
    }

    /** Looked-after reviews count from the latest day the child became looked after that an organiser gave. */
    static Optional<Due> lookedAfterReview(List<Held> held, List<Given> given, WorkingDayCalendar calendar) {
        Optional<Given> looked = latestGiven(given, MeetingType.LOOKED_AFTER_REVIEW);
        if (looked.isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = looked.get().anchorOn();
        if (decidedSince(held, Decision.Kind.CEASE_TO_BE_LOOKED_AFTER, new Anchor(since, null, true))) {
            return Optional.empty();
        }
        List<Held> reviews = held.stream().filter(h -> h.type() == MeetingType.LOOKED_AFTER_REVIEW
                && !h.heldOn().isBefore(since)).sorted(Comparator.comparing(Held::heldOn)).toList();
        if (reviews.isEmpty()) {
            return Optional.of(new Due(MeetingType.LOOKED_AFTER_REVIEW,
                    workingDaysAfter(since, LOOKED_AFTER_FIRST_WORKING_DAYS, calendar), "due.LOOKED_AFTER_REVIEW.first",
                    List.of(LOOKED_AFTER_FIRST_WORKING_DAYS, since), looked.get().meetingId()));
        }
        Held last = reviews.getLast();
        int months = reviews.size() == 1 ? LOOKED_AFTER_SECOND_MONTHS : LOOKED_AFTER_LATER_MONTHS;
        return Optional.of(new Due(MeetingType.LOOKED_AFTER_REVIEW, withinMonths(last.heldOn(), months, calendar),
                reviews.size() == 1 ? "due.LOOKED_AFTER_REVIEW.second" : "due.LOOKED_AFTER_REVIEW.later",
                List.of(months, last.heldOn()), last.meetingId()));
    }

    /** The later of the latest meeting held that starts the clock and the latest date given for it. */
    private static Optional<Anchor> latest(List<Held> starters, List<Given> given, MeetingType givenOn) {
        Optional<Anchor> fromHeld = starters.stream().max(Comparator.comparing(Held::heldOn))
                .map(h -> new Anchor(h.heldOn(), h.meetingId(), false));
        Optional<Anchor> fromGiven = latestGiven(given, givenOn).map(g -> new Anchor(g.anchorOn(), g.meetingId(), true));
        if (fromHeld.isEmpty() || fromGiven.isEmpty()) {
            return fromHeld.or(() -> fromGiven);
        }
        return Optional.of(fromGiven.get().on().isAfter(fromHeld.get().on()) ? fromGiven.get() : fromHeld.get());
    }

    private static Optional<Given> latestGiven(List<Given> given, MeetingType type) {
        return given.stream().filter(g -> g.type() == type && g.anchorOn() != null).max(Comparator.comparing(Given::anchorOn));
    }

    private static boolean heldSince(List<Held> held, MeetingType type, LocalDate since) {
        return held.stream().anyMatch(h -> h.type() == type && !h.heldOn().isBefore(since));
    }

    /** Whether a meeting other than the anchor's own, held on or after it, took this decision. */
    private static boolean decidedSince(List<Held> held, Decision.Kind kind, Anchor anchor) {
        return held.stream().anyMatch(h -> h.decided(kind) && !h.heldOn().isBefore(anchor.on())
                && !h.meetingId().equals(anchor.meetingId()));
    }

    /** The n-th working day after {@code day} (a day that is not itself a working day counts for nothing). */
    public static LocalDate workingDaysAfter(LocalDate day, int n, WorkingDayCalendar calendar) {
        LocalDate result = day;
        for (int counted = 0; counted < n; ) {
            result = result.plusDays(1);
            if (calendar.isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /** The last working day on or before the same date {@code months} later. */
    public static LocalDate withinMonths(LocalDate day, int months, WorkingDayCalendar calendar) {
        LocalDate result = day.plusMonths(months);
        while (!calendar.isWorkingDay(result)) {
            result = result.minusDays(1);
        }
        return result;
    }
}
