package org.safeguardinghub.identity.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguardinghub.chronology.ChildMerges;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.identity.MatchReviews;
import org.springframework.stereotype.Component;

/**
 * On a child's page: that this record was merged into another (and where to undo it), or that a
 * person is being asked whether it is the same child as another.
 */
@Component
class MatchSection implements ChildPageSection {

    private final MatchReviews reviews;
    private final ChildMerges merges;

    MatchSection(MatchReviews reviews, ChildMerges merges) {
        this.reviews = reviews;
        this.merges = merges;
    }

    @Override
    public Place place() {
        return Place.BANNER;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        Optional<ChildMerges.Merge> merged = merges.mergedInto(record.child());
        List<MatchReviews.Review> about = reviews.about(record.child());
        if (merged.isEmpty() && about.stream().noneMatch(r -> r.waiting() || r.status() == MatchReviews.Status.LINKED)) {
            return Optional.empty();
        }
        return Optional.of(new View("identity/section", "section", Map.of(
                "merged", merged.map(m -> (Object) m).orElse(""),
                "reviews", about.stream().filter(r -> r.waiting() || r.status() == MatchReviews.Status.LINKED).toList(),
                "mayReview", reviews.mayReview(record.viewer()),
                "childId", record.child().toString())));
    }
}
