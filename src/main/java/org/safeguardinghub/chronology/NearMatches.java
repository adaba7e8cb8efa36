package org.safeguardinghub.chronology;

import java.util.List;

/**
 * A second look at subjects that no known child matches exactly: the identity module finds known
 * children written differently (another spelling, day and month swapped). A near match becomes a
 * new record that a person is asked about; it is never linked without one.
 */
public interface NearMatches {

    /** What the second look found for one subject. */
    sealed interface Near {
    }

    /** Perhaps this known child: a new record is made and a person asked. */
    record Perhaps(ChildId child, double weight, List<String> reasons) implements Near {

        public Perhaps {
            reasons = List.copyOf(reasons);
        }
    }

    /** Nobody known is near. */
    record Nobody() implements Near {
    }

    /** @return one finding per subject, in the same order */
    List<Near> find(List<Subject> subjects);
}
