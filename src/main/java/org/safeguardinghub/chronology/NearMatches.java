package org.safeguardinghub.chronology;

import java.util.List;

/**
 * A second look at subjects that no known child matches exactly: the identity module finds known
 * children written differently (another spelling, day and month swapped). A near match between
 * the bands becomes a provisional record that a person is asked about; one above the link band is
 * linked, through a recorded merge that a person can undo.
 */
public interface NearMatches {

    /** What the second look found for one subject. */
    sealed interface Near {
    }

    /** Perhaps this known child: a provisional record is made and a person asked. */
    record Perhaps(ChildId child, double weight, List<String> reasons) implements Near {

        public Perhaps {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * This known child, above the link band: the events are recorded against a new record that is
     * merged into the child at once, so that the link is kept with its reasons and can be undone.
     */
    record Same(ChildId child, double weight, List<String> reasons) implements Near {

        public Same {
            reasons = List.copyOf(reasons);
        }
    }

    /** Nobody known is near. */
    record Nobody() implements Near {
    }

    /** @return one finding per subject, in the same order */
    List<Near> find(List<Subject> subjects);
}
