package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.safeguardinghub.access.internal.TotpPolicy.Reason;

/** RFC 6238's own test vectors, the ±1 step window at its edges, and no code accepted twice. */
class TotpPolicyTest {

    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    final TotpPolicy policy = new TotpPolicy();

    /** RFC 6238 Appendix B (SHA-1): the eight-digit codes' last six digits. */
    @Example
    void theRfcTestVectors() {
        assertThat(TotpPolicy.code(RFC_SECRET, TotpPolicy.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(TotpPolicy.code(RFC_SECRET, TotpPolicy.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(TotpPolicy.code(RFC_SECRET, TotpPolicy.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(TotpPolicy.code(RFC_SECRET, TotpPolicy.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(TotpPolicy.code(RFC_SECRET, TotpPolicy.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(TotpPolicy.code(RFC_SECRET, TotpPolicy.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Example
    void oneStepEitherSideIsAcceptedTwoAreNot() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = TotpPolicy.step(now);
        assertThat(policy.check(RFC_SECRET, TotpPolicy.code(RFC_SECRET, step - 1), now, null).accepted()).isTrue();
        assertThat(policy.check(RFC_SECRET, TotpPolicy.code(RFC_SECRET, step + 1), now, null).accepted()).isTrue();
        assertThat(policy.check(RFC_SECRET, TotpPolicy.code(RFC_SECRET, step - 2), now, null).reason()).isEqualTo(Reason.WRONG_CODE);
        assertThat(policy.check(RFC_SECRET, TotpPolicy.code(RFC_SECRET, step + 2), now, null).reason()).isEqualTo(Reason.WRONG_CODE);
    }

    @Example
    void aCodeOfAStepAlreadyUsedOrEarlierIsAReplay() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = TotpPolicy.step(now);
        String code = TotpPolicy.code(RFC_SECRET, step);
        TotpPolicy.Decision first = policy.check(RFC_SECRET, code, now, step - 1);
        assertThat(first.accepted()).isTrue();
        assertThat(first.step()).isEqualTo(step);
        assertThat(policy.check(RFC_SECRET, code, now, first.step()).reason()).isEqualTo(Reason.REPLAYED);
        assertThat(policy.check(RFC_SECRET, TotpPolicy.code(RFC_SECRET, step - 1), now, step).reason()).isEqualTo(Reason.REPLAYED);
        assertThat(policy.check(RFC_SECRET, TotpPolicy.code(RFC_SECRET, step + 1), now, step).accepted()).isTrue();
    }

    @Example
    void somethingThatIsNotSixDigitsIsMalformed() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        for (String typed : new String[] {null, "", "12345", "1234567", "12a456", "１２３４５６"}) {
            assertThat(policy.check(RFC_SECRET, typed, now, null).reason()).as(String.valueOf(typed)).isEqualTo(Reason.MALFORMED);
        }
        String code = TotpPolicy.code(RFC_SECRET, TotpPolicy.step(now));
        assertThat(policy.check(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, null).accepted()).isTrue();
    }

    @Property
    void theCodeOfTheCurrentStepIsAcceptedOnceAnywhereInTheStep(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long second) {
        Instant now = Instant.ofEpochSecond(second);
        String code = TotpPolicy.code(RFC_SECRET, TotpPolicy.step(now));
        assertThat(code).hasSize(6).containsOnlyDigits();
        TotpPolicy.Decision decision = policy.check(RFC_SECRET, code, now, null);
        assertThat(decision.accepted()).isTrue();
        assertThat(policy.check(RFC_SECRET, code, now, decision.step()).accepted()).isFalse();
    }
}
