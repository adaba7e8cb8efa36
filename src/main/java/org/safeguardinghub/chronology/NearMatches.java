package org.safeguardinghub.chronology;

import java.util.List;

/**
 * A second look at subjects that no known child matches exactly: the identity module finds known
 * children written differently (another spelling, day and month swapped). What it finds is an
 * outcome in the feed contract's words ({@link Match}): {@code LINKED} above the link band (the
 * record is linked through a recorded merge that a person can undo), {@code NEEDS_REVIEW} between
 * the bands (a provisional record that a person is asked about), or {@code NEW_PERSON}.
 */
public interface NearMatches {

    /** What the second look found for one subject. */
    sealed interface Near {

        Match match();
    }

    /**
     * This known child, above the link band: the events are recorded against a new record that is
     * merged into the child at once, so that the link is kept with its reasons and can be undone.
     */
    record Linked(ChildId child, double weight, List<String> reasons) implements Near {

        public Linked {
            reasons = List.copyOf(reasons);
        }

        @Override
        public Match match() {
            return Match.LINKED;
        }
    }

    /** Perhaps this known child: a provisional record is made and a person asked, told first what {@code label} says. */
    record NeedsReview(ChildId child, double weight, List<String> reasons, ReviewLabel label) implements Near {

        public NeedsReview {
            reasons = List.copyOf(reasons);
        }

        @Override
        public Match match() {
            return Match.NEEDS_REVIEW;
        }
    }

    /** Nobody known is near. */
    record NewPerson() implements Near {

        @Override
        public Match match() {
            return Match.NEW_PERSON;
        }
    }

    /** @return one finding per subject, in the same order */
    List<Near> find(List<Subject> subjects);
}
