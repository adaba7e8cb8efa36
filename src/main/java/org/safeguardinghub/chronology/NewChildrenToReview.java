package org.safeguardinghub.chronology;

import java.util.List;
import java.util.UUID;

/**
 * Published, in the recording transaction, when the feed made new records for subjects that may be
 * known children: the identity module puts each pair to a person, or, where the matcher linked the
 * pair itself, keeps it as linked so a person can see why and undo it.
 */
public record NewChildrenToReview(List<Pair> pairs) {

    public NewChildrenToReview {
        pairs = List.copyOf(pairs);
    }

    /**
     * The new record, the known child it may be, and why ({@code label} first); {@code merge} is set
     * where the matcher linked them.
     */
    public record Pair(ChildId incoming, ChildId candidate, double weight, List<String> reasons, ReviewLabel label,
                       UUID merge) {

        public Pair {
            reasons = List.copyOf(reasons);
        }
    }
}
