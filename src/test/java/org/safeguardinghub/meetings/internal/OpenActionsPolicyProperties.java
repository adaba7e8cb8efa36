package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the number of open actions and the page asked for: a page never holds more than its
 * size, keeps the order given (soonest due first), and the pages together hold every action once.
 */
class OpenActionsPolicyProperties {

    @Property
    void aPageIsAContiguousRunOfTheListNoLongerThanItsSize(@ForAll @IntRange(min = 0, max = 700) int total,
                                                           @ForAll @IntRange(min = -2, max = 40) int asked,
                                                           @ForAll @IntRange(min = 1, max = 60) int size) {
        List<Integer> all = OpenActionsPolicyTest.actions(total);
        var shown = OpenActionsPolicy.page(all, asked, size);
        assertThat(shown.items()).hasSizeLessThanOrEqualTo(size);
        assertThat(shown.page()).isBetween(1, shown.pages());
        assertThat(shown.items()).isEqualTo(all.subList(shown.last() - shown.items().size(), shown.last()));
        assertThat(shown.more()).isEqualTo(total - shown.last());
        assertThat(shown.reasonKey() == null).isEqualTo(shown.more() == 0);
    }

    @Property
    void thePagesTogetherHoldEveryActionOnceInOrder(@ForAll @IntRange(min = 0, max = 700) int total,
                                                     @ForAll @IntRange(min = 1, max = 60) int size) {
        List<Integer> all = OpenActionsPolicyTest.actions(total);
        int pages = OpenActionsPolicy.page(all, 1, size).pages();
        List<Integer> together = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            together.addAll(OpenActionsPolicy.page(all, p, size).items());
        }
        assertThat(together).isEqualTo(all);
    }
}
