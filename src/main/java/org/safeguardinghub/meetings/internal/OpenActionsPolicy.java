package org.safeguardinghub.meetings.internal;

import java.util.List;

/**
 * How many of a child's open actions a page lists. The Meetings tab shows the soonest due
 * {@link #ON_TAB} and says how many more there are, with a link to the full list, paged by
 * {@link #PAGE_SIZE}: a child with 50 meetings can have 500 open actions, and listing them all on
 * the child's page made it slow and hid the ones due first (issue 14, docs/performance.md).
 * Every action stays one link away, so a new social worker still sees them all (seeds 002:
 * "when there was a change of social worker it was not easy for them to understand the plan").
 */
public final class OpenActionsPolicy {

    /** Open actions shown on the child's Meetings tab. */
    public static final int ON_TAB = 20;
    /** Open actions on each page of the full list. */
    public static final int PAGE_SIZE = 50;

    private OpenActionsPolicy() {
    }

    /**
     * One page of the list, soonest due first as given.
     *
     * @param items      the actions on this page
     * @param page       the page shown, from 1 (an asked-for page outside the list shows its nearest end)
     * @param pages      how many pages there are (at least 1)
     * @param first      the place in the whole list of the first action shown, from 1 (0 when there are none)
     * @param last       the place of the last action shown (0 when there are none)
     * @param total      how many open actions there are in all
     * @param more       how many come after this page
     * @param reasonKey  why not all are shown (message key), or null when nothing comes after this page
     * @param reasonArgs its arguments: the first and last shown (counting from 1), how many in all, how many more
     */
    public record Slice<T>(List<T> items, int page, int pages, int first, int last, int total, int more, String reasonKey,
                           List<Object> reasonArgs) {

        public Slice {
            items = List.copyOf(items);
            reasonArgs = List.copyOf(reasonArgs);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** What the Meetings tab lists: the first {@link #ON_TAB}, and how many more there are. */
    public static <T> Slice<T> onTab(List<T> soonestFirst) {
        return page(soonestFirst, 1, ON_TAB);
    }

    /** Page {@code page} (from 1) of the full list. */
    public static <T> Slice<T> fullList(List<T> soonestFirst, int page) {
        return page(soonestFirst, page, PAGE_SIZE);
    }

    static <T> Slice<T> page(List<T> soonestFirst, int asked, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one action");
        }
        int total = soonestFirst.size();
        int pages = Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(asked, 1), pages);
        int from = (page - 1) * size;
        int to = Math.min(total, from + size);
        int more = total - to;
        return new Slice<>(soonestFirst.subList(from, to), page, pages, to == from ? 0 : from + 1, to, total, more,
                more > 0 ? "meetings.openActions.more" : null, more > 0 ? List.of(from + 1, to, total, more) : List.of());
    }
}
