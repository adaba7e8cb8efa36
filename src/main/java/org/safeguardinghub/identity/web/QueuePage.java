package org.safeguardinghub.identity.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.identity.MatchReviews;

/**
 * One page of the review queue: the waiting pairs with one label (or all of them), likeliest
 * first as {@link MatchReviews#waiting()} orders them, and how many wait under each label.
 */
record QueuePage(List<MatchReviews.Review> reviews, ReviewLabel label, int page, int pages, int total,
                 Map<ReviewLabel, Long> counts) {

    static final int SIZE = 25;

    static QueuePage of(List<MatchReviews.Review> waiting, ReviewLabel label, int page) {
        Map<ReviewLabel, Long> counts = new EnumMap<>(ReviewLabel.class);
        waiting.forEach(r -> counts.merge(r.label(), 1L, Long::sum));
        List<MatchReviews.Review> chosen = label == null ? waiting
                : waiting.stream().filter(r -> r.label() == label).toList();
        int pages = Math.max(1, (chosen.size() + SIZE - 1) / SIZE);
        int shown = Math.clamp(page, 1, pages);
        List<MatchReviews.Review> rows = chosen.subList((shown - 1) * SIZE, Math.min(chosen.size(), shown * SIZE));
        return new QueuePage(List.copyOf(rows), label, shown, pages, waiting.size(), counts);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The query string of another page of the same selection. */
    public String query(int other) {
        return (label == null ? "" : "label=" + label.name() + "&") + "page=" + other;
    }

    /** The last {@code n} of a list ordered oldest first: the most recent. */
    static <T> List<T> latest(List<T> oldestFirst, int n) {
        return oldestFirst.subList(Math.max(0, oldestFirst.size() - n), oldestFirst.size());
    }
}
