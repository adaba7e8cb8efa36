package org.safeguardinghub.chronology.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.safeguardinghub.chronology.events.BatchRetryRule.Reason;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/** A batch that lost a race (duplicate key, deadlock, serialisation failure) is decided again, at most four times in all. */
class BatchRetryRuleTest {

    final BatchRetryRule rule = new BatchRetryRule(4);

    static SQLException sql(String state) {
        return new SQLException("from the driver", state);
    }

    @Example
    void aDeadlockAsSpringTranslatesItIsRetriedUntilTheLastAttempt() {
        var deadlock = new PessimisticLockingFailureException("deadlock detected", sql("40P01"));
        assertThat(rule.afterFailure(deadlock, 1)).isEqualTo(new BatchRetryRule.Decision(true, Reason.DEADLOCK, "40P01"));
        assertThat(rule.afterFailure(deadlock, 3).retry()).isTrue();
        assertThat(rule.afterFailure(deadlock, 4))
                .isEqualTo(new BatchRetryRule.Decision(false, Reason.ATTEMPTS_USED_UP, "40P01"));
    }

    @Example
    void aSerialisationFailureEvenAtCommitIsRetried() {
        var atCommit = new TransactionSystemException("commit failed", sql("40001"));
        assertThat(rule.afterFailure(atCommit, 2)).isEqualTo(new BatchRetryRule.Decision(true,
                Reason.SERIALISATION_FAILURE, "40001"));
        assertThat(rule.afterFailure(new CannotAcquireLockException("x", sql("40001")), 1).retry()).isTrue();
    }

    @Example
    void theSameEventIdStoredTwiceIsRetriedAsBefore() {
        assertThat(rule.afterFailure(new DuplicateKeyException("event_agency_event_id", sql("23505")), 1))
                .isEqualTo(new BatchRetryRule.Decision(true, Reason.DUPLICATE_KEY, "23505"));
    }

    @Example
    void realFaultsAreNotRetried() {
        assertThat(rule.afterFailure(new DataIntegrityViolationException("null value", sql("23502")), 1))
                .isEqualTo(new BatchRetryRule.Decision(false, Reason.NOT_A_RACE, "23502"));
        assertThat(rule.afterFailure(new IllegalStateException("no SQL at all"), 1))
                .isEqualTo(new BatchRetryRule.Decision(false, Reason.NOT_A_RACE, null));
    }

    @Example
    void theFirstStateInTheChainOfCausesCounts() {
        SQLException outer = new SQLException("batch aborted", (String) null);
        outer.initCause(sql("40P01"));
        assertThat(rule.afterFailure(new RuntimeException(outer), 1).reason()).isEqualTo(Reason.DEADLOCK);
    }

    @Example
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> new BatchRetryRule(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whatever the failure, never a retry once the attempts are used up. */
    @Property
    void neverMoreThanTheAttempts(@ForAll @StringLength(5) String state, @ForAll @IntRange(min = 4, max = 100) int attempt) {
        assertThat(rule.afterFailure(new RuntimeException(sql(state)), attempt).retry()).isFalse();
    }

    /** Before then, retried exactly for the three races. */
    @Property
    void retriedExactlyForTheRaces(@ForAll("states") String state, @ForAll @IntRange(min = 1, max = 3) int attempt) {
        boolean race = state.equals("40P01") || state.equals("40001") || state.equals("23505");
        assertThat(rule.afterFailure(new RuntimeException(sql(state)), attempt).retry()).isEqualTo(race);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> states() {
        return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.of("40P01", "40001", "23505", "23502", "23503",
                "40002", "57014", "08006"), net.jqwik.api.Arbitraries.strings().withCharRange('0', 'Z').ofLength(5));
    }
}
