package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Decision;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Reason;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Secret;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Step;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Stored;

/** The signing key is never left in clear, never replaced, and never sealed with a secret that is not kept. */
class SigningKeyAtRestPolicyTest {

    @Example
    void onTheDefaultRunAFreshMachineGeneratesTheSecretAndSealsANewKey() {
        assertThat(SigningKeyAtRestPolicy.decide(Stored.NONE, Secret.CAN_GENERATE))
                .isEqualTo(new Decision(Step.CREATE_SEALED, true, Reason.FIRST_START));
        assertThat(SigningKeyAtRestPolicy.decide(Stored.NONE, Secret.CONFIGURED))
                .isEqualTo(new Decision(Step.CREATE_SEALED, false, Reason.FIRST_START));
    }

    @Example
    void aKeyAnEarlierReleaseStoredInClearIsSealedInPlace() {
        assertThat(SigningKeyAtRestPolicy.decide(Stored.CLEAR, Secret.CAN_GENERATE))
                .isEqualTo(new Decision(Step.SEAL_CLEAR_KEY, true, Reason.STORED_IN_CLEAR_BY_AN_EARLIER_RELEASE));
        assertThat(SigningKeyAtRestPolicy.decide(Stored.CLEAR, Secret.CONFIGURED))
                .isEqualTo(new Decision(Step.SEAL_CLEAR_KEY, false, Reason.STORED_IN_CLEAR_BY_AN_EARLIER_RELEASE));
    }

    @Example
    void aSealedKeyIsOpenedWithTheSecretItWasSealedWith() {
        assertThat(SigningKeyAtRestPolicy.decide(Stored.SEALED, Secret.CONFIGURED))
                .isEqualTo(new Decision(Step.OPEN, false, Reason.STORED_SEALED));
        assertThat(SigningKeyAtRestPolicy.decide(Stored.SEALED, Secret.GENERATED))
                .isEqualTo(new Decision(Step.OPEN, false, Reason.STORED_SEALED));
    }

    @Example
    void aSealedKeyWhoseGeneratedSecretIsGoneIsNotReplacedButTheStartRefused() {
        assertThat(SigningKeyAtRestPolicy.decide(Stored.SEALED, Secret.CAN_GENERATE))
                .isEqualTo(new Decision(Step.REFUSE, false, Reason.GENERATED_SECRET_MISSING));
    }

    @Property
    void withAnExternalDatabaseAndNoSecretConfiguredTheStartIsRefused(@ForAll Stored stored) {
        assertThat(SigningKeyAtRestPolicy.decide(stored, Secret.MISSING))
                .isEqualTo(new Decision(Step.REFUSE, false, Reason.NO_SECRET_CONFIGURED));
    }

    @Property
    void aStoredKeyIsNeverReplacedByANewOne(@ForAll Stored stored, @ForAll Secret secret) {
        Step step = SigningKeyAtRestPolicy.decide(stored, secret).step();
        assertThat(step == Step.CREATE_SEALED).isEqualTo(stored == Stored.NONE && secret != Secret.MISSING);
    }

    @Property
    void aKeyInClearIsSealedOrTheStartRefused(@ForAll Secret secret) {
        assertThat(SigningKeyAtRestPolicy.decide(Stored.CLEAR, secret).step()).isIn(Step.SEAL_CLEAR_KEY, Step.REFUSE);
    }

    @Property
    void aSecretIsGeneratedOnlyWhenNoneIsKeptAndOnlyWhereItMayBe(@ForAll Stored stored, @ForAll Secret secret) {
        Decision decision = SigningKeyAtRestPolicy.decide(stored, secret);
        if (decision.generateSecret()) {
            assertThat(secret).isEqualTo(Secret.CAN_GENERATE);
            assertThat(stored).isNotEqualTo(Stored.SEALED);
        }
    }

    @Property
    void aRefusalAlwaysSaysWhichSecretIsMissing(@ForAll Stored stored, @ForAll Secret secret) {
        Decision decision = SigningKeyAtRestPolicy.decide(stored, secret);
        assertThat(decision.step() == Step.REFUSE)
                .isEqualTo(Set.of(Reason.NO_SECRET_CONFIGURED, Reason.GENERATED_SECRET_MISSING).contains(decision.reason()));
    }
}
