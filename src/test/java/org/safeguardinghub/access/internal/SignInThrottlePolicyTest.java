package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.safeguardinghub.access.internal.SignInThrottlePolicy.Reason;

/** Ten wrong passwords lock an account, a hundred failures refuse an address, each for as long as its failures count. */
class SignInThrottlePolicyTest {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    final SignInThrottlePolicy policy = new SignInThrottlePolicy(10, 100, WINDOW);

    static List<Instant> failures(int count, Instant last, Duration apart) {
        return IntStream.range(0, count).mapToObj(i -> last.minus(apart.multipliedBy(i))).toList();
    }

    @Example
    void nineWrongPasswordsLeaveTheAccountOpenAndTheTenthLocksIt() {
        assertThat(policy.decide(failures(9, NOW, Duration.ofSeconds(5)), List.of(), NOW).allowed()).isTrue();
        SignInThrottlePolicy.Decision locked = policy.decide(failures(10, NOW, Duration.ofSeconds(5)), List.of(), NOW);
        assertThat(locked.allowed()).isFalse();
        assertThat(locked.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(Reason.ACCOUNT_LOCKED);
            assertThat(refusal.failures()).isEqualTo(10);
            assertThat(refusal.until()).isEqualTo(NOW.minusSeconds(45).plus(WINDOW));
        });
        assertThat(locked.refusals().getFirst().reason().messageKey()).isEqualTo("signIn.refused.accountLocked");
    }

    @Example
    void aFailureExactlyAWindowOldNoLongerCounts() {
        List<Instant> tenWithTheOldestAtTheEdge = new ArrayList<>(failures(9, NOW, Duration.ofSeconds(1)));
        tenWithTheOldestAtTheEdge.add(NOW.minus(WINDOW));
        assertThat(policy.decide(tenWithTheOldestAtTheEdge, List.of(), NOW).allowed()).isTrue();
        tenWithTheOldestAtTheEdge.set(9, NOW.minus(WINDOW).plusNanos(1));
        assertThat(policy.decide(tenWithTheOldestAtTheEdge, List.of(), NOW).allowed()).isFalse();
    }

    @Example
    void anAddressIsThrottledAtItsOwnLimitWhateverTheUsernames() {
        assertThat(policy.decide(List.of(), failures(99, NOW, Duration.ofSeconds(1)), NOW).allowed()).isTrue();
        SignInThrottlePolicy.Decision throttled = policy.decide(List.of(), failures(100, NOW, Duration.ofSeconds(1)), NOW);
        assertThat(throttled.refusals()).extracting(SignInThrottlePolicy.Refusal::reason)
                .containsExactly(Reason.ADDRESS_THROTTLED);
        assertThat(throttled.auditDetail()).contains("ADDRESS_THROTTLED after 100 failures until");
    }

    @Example
    void bothReasonsAreGivenAndTheRefusalLastsUntilTheLaterEnds() {
        SignInThrottlePolicy.Decision both = policy.decide(failures(10, NOW, Duration.ofSeconds(1)),
                failures(100, NOW.minusSeconds(60), Duration.ofSeconds(1)), NOW);
        assertThat(both.refusals()).extracting(SignInThrottlePolicy.Refusal::reason)
                .containsExactly(Reason.ACCOUNT_LOCKED, Reason.ADDRESS_THROTTLED);
        assertThat(both.until()).contains(NOW.minusSeconds(9).plus(WINDOW));
    }

    @Example
    void everyReasonHasItsWordsInTheBundle() throws java.io.IOException {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages/access.properties")) {
            bundle.load(in);
        }
        for (Reason reason : Reason.values()) {
            assertThat(bundle.getProperty(reason.messageKey())).as(reason.name()).isNotBlank();
        }
    }

    @Example
    void limitsBelowOneOrAnEmptyWindowAreRefused() {
        assertThatThrownBy(() -> new SignInThrottlePolicy(0, 100, WINDOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottlePolicy(10, 100, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /** However many failures and in whatever order: refused just before the lock's end, allowed at it. */
    @Property
    void aLockEndsExactlyWhenAllButOneLessThanTheLimitHaveAgedOut(
            @ForAll @Size(min = 10, max = 40) List<@IntRange(min = 0, max = 899_999) Integer> millisAgo) {
        List<Instant> seen = new ArrayList<>(millisAgo.stream().map(ms -> NOW.minusMillis(ms)).toList());
        Collections.shuffle(seen);
        SignInThrottlePolicy.Decision locked = policy.decide(seen, List.of(), NOW);
        assertThat(locked.allowed()).isFalse();
        Instant until = locked.until().orElseThrow();
        assertThat(until).isAfter(NOW);
        assertThat(policy.decide(seen, List.of(), until.minusNanos(1)).allowed()).isFalse();
        assertThat(policy.decide(seen, List.of(), until).allowed()).isTrue();
    }

    /** Fewer failures than the limit never refuse, wherever they fall. */
    @Property
    void fewerFailuresThanTheLimitNeverRefuse(
            @ForAll @Size(max = 9) List<@IntRange(min = -1_000_000, max = 1_000_000) Integer> millisAgo) {
        List<Instant> seen = millisAgo.stream().map(ms -> NOW.minusMillis(ms)).toList();
        assertThat(policy.decide(seen, seen, NOW).allowed()).isTrue();
    }
}
