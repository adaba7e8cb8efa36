package org.safeguardinghub.frontdoor.internal;

import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.safeguardinghub.frontdoor.Outcome;
import org.safeguardinghub.shared.HubTime;

/**
 * How a contact stands among the child's others, so no contact is judged on its own (seeds 003
 * §194: "some professionals thought that repeated referrals had been made but then closed"):
 * "3rd contact in 12 months; the previous 2 closed with no further action".
 */
public final class ContactHistory {

    static final Period WINDOW = Period.ofMonths(12);

    /** Another contact about the child: when it was made and its outcome (null while undecided). */
    public record Earlier(String reference, Instant madeAt, String referrerAgency, Outcome outcome) {
    }

    /**
     * @param ordinal      this contact's place among the child's contacts in the 12 months up to it
     * @param previous     the contacts before it in those 12 months, latest first
     * @param closedNfa    how many of those previous ones were closed with no further action or signposted
     */
    public record Standing(int ordinal, List<Earlier> previous, long closedNfa) {

        /** The sentence for the page: {@code contact.history.<key>} with these numbers. */
        public String key() {
            return previous.isEmpty() ? "contact.history.first" : "contact.history.repeat";
        }

        public List<Object> args() {
            return List.of(ordinal, previous.size(), closedNfa);
        }
    }

    private ContactHistory() {
    }

    /** Counted by when contacts were made, so a partner's history loaded today falls where it happened. */
    public static Standing of(Instant madeAt, Collection<Earlier> others) {
        Instant from = madeAt.atZone(HubTime.ZONE).minus(WINDOW).toInstant();
        List<Earlier> previous = others.stream()
                .filter(e -> e.madeAt().isBefore(madeAt) && !e.madeAt().isBefore(from))
                .sorted(Comparator.comparing(Earlier::madeAt).reversed()).toList();
        long closed = previous.stream().filter(e -> e.outcome() == Outcome.NO_FURTHER_ACTION
                || e.outcome() == Outcome.SIGNPOST_UNIVERSAL).count();
        return new Standing(previous.size() + 1, previous, closed);
    }
}
