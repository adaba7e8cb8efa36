package org.safeguardinghub.chronology;

import java.util.List;

/**
 * Published, in the recording transaction, when the feed made new records for subjects that may be
 * known children: the identity module puts each pair to a person.
 */
public record NewChildrenToReview(List<Pair> pairs) {

    public NewChildrenToReview {
        pairs = List.copyOf(pairs);
    }

    /** The new record, the known child it may be, and why. */
    public record Pair(ChildId incoming, ChildId candidate, double weight, List<String> reasons) {

        public Pair {
            reasons = List.copyOf(reasons);
        }
    }
}
