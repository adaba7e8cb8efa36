package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The open actions list at its boundaries: the tab's cap of 20 and the full list's pages of 50. */
class OpenActionsPolicyTest {

    static List<Integer> actions(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void noActionsShowNothingAndSayNothingMore() {
        var shown = OpenActionsPolicy.onTab(List.of());
        assertThat(shown.items()).isEmpty();
        assertThat(shown.total()).isZero();
        assertThat(shown.more()).isZero();
        assertThat(shown.first()).isZero();
        assertThat(shown.last()).isZero();
        assertThat(shown.reasonKey()).isNull();
        assertThat(shown.pages()).isOne();
    }

    @Test
    void theTabShowsTwentyAndNoMoreLine() {
        var shown = OpenActionsPolicy.onTab(actions(20));
        assertThat(shown.items()).isEqualTo(actions(20));
        assertThat(shown.more()).isZero();
        assertThat(shown.reasonKey()).isNull();
        assertThat(shown.reasonArgs()).isEmpty();
    }

    @Test
    void theTwentyFirstActionIsTheFirstLeftForTheFullList() {
        var shown = OpenActionsPolicy.onTab(actions(21));
        assertThat(shown.items()).isEqualTo(actions(20));
        assertThat(shown.more()).isOne();
        assertThat(shown.reasonKey()).isEqualTo("meetings.openActions.more");
        assertThat(shown.reasonArgs()).containsExactly(1, 20, 21, 1);
    }

    @Test
    void fiveHundredActionsShowTheTwentySoonestOnTheTab() {
        var shown = OpenActionsPolicy.onTab(actions(500));
        assertThat(shown.items()).isEqualTo(actions(20));
        assertThat(shown.reasonArgs()).containsExactly(1, 20, 500, 480);
        assertThat(shown.pages()).isEqualTo(25);
    }

    @Test
    void theFullListPagesByFiftyAndItsLastPageHasNoMore() {
        var second = OpenActionsPolicy.fullList(actions(101), 2);
        assertThat(second.items()).isEqualTo(actions(100).subList(50, 100));
        assertThat(second.first()).isEqualTo(51);
        assertThat(second.last()).isEqualTo(100);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        var last = OpenActionsPolicy.fullList(actions(101), 3);
        assertThat(last.items()).containsExactly(101);
        assertThat(last.more()).isZero();
        assertThat(last.hasNext()).isFalse();
        assertThat(last.reasonKey()).isNull();
    }

    @Test
    void aPageOutsideTheListShowsItsNearestEnd() {
        assertThat(OpenActionsPolicy.fullList(actions(60), 0).page()).isOne();
        assertThat(OpenActionsPolicy.fullList(actions(60), -3).items()).isEqualTo(actions(50));
        assertThat(OpenActionsPolicy.fullList(actions(60), 99).page()).isEqualTo(2);
        assertThat(OpenActionsPolicy.fullList(actions(60), 99).items()).isEqualTo(actions(60).subList(50, 60));
    }

    @Test
    void aPageHoldsAtLeastOneAction() {
        assertThatThrownBy(() -> OpenActionsPolicy.page(actions(3), 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
