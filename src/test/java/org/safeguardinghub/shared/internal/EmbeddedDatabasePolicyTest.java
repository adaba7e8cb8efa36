package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safeguardinghub.shared.internal.EmbeddedDatabasePolicy.Cluster;
import org.safeguardinghub.shared.internal.EmbeddedDatabasePolicy.Decision;
import org.safeguardinghub.shared.internal.EmbeddedDatabasePolicy.Reason;
import org.safeguardinghub.shared.internal.EmbeddedDatabasePolicy.Step;

/** The embedded database never starts open to all, and a password it already holds is never replaced. */
class EmbeddedDatabasePolicyTest {

    @Example
    void aNewClusterIsMadeWithAPasswordGeneratedForIt() {
        assertThat(EmbeddedDatabasePolicy.decide(Cluster.NONE, false))
                .isEqualTo(new Decision(Step.INITIALISE_WITH_PASSWORD, true, Reason.NEW_CLUSTER));
        // the password file outlived a deleted cluster: it is used again
        assertThat(EmbeddedDatabasePolicy.decide(Cluster.NONE, true))
                .isEqualTo(new Decision(Step.INITIALISE_WITH_PASSWORD, false, Reason.NEW_CLUSTER));
    }

    @Example
    void aClusterAnEarlierReleaseMadeIsProtectedWithAPassword() {
        assertThat(EmbeddedDatabasePolicy.decide(Cluster.TRUSTING, false))
                .isEqualTo(new Decision(Step.PROTECT_WITH_PASSWORD, true, Reason.MADE_BY_AN_EARLIER_RELEASE));
        // stopped half way through before: finished with the password already made
        assertThat(EmbeddedDatabasePolicy.decide(Cluster.TRUSTING, true))
                .isEqualTo(new Decision(Step.PROTECT_WITH_PASSWORD, false, Reason.MADE_BY_AN_EARLIER_RELEASE));
    }

    @Example
    void aProtectedClusterStartsWithItsPasswordOrNotAtAll() {
        assertThat(EmbeddedDatabasePolicy.decide(Cluster.PASSWORD_PROTECTED, true))
                .isEqualTo(new Decision(Step.START, false, Reason.PROTECTED));
        assertThat(EmbeddedDatabasePolicy.decide(Cluster.PASSWORD_PROTECTED, false))
                .isEqualTo(new Decision(Step.REFUSE, false, Reason.PASSWORD_FILE_MISSING));
    }

    @Property
    void aPasswordIsGeneratedExactlyWhenThereIsNoneAndNoClusterHoldsAnother(@ForAll Cluster cluster,
                                                                            @ForAll boolean passwordFileExists) {
        Decision decision = EmbeddedDatabasePolicy.decide(cluster, passwordFileExists);
        assertThat(decision.generatePassword()).isEqualTo(!passwordFileExists && cluster != Cluster.PASSWORD_PROTECTED);
    }

    @Property
    void noStepLeavesTheClusterTrustingConnections(@ForAll Cluster cluster, @ForAll boolean passwordFileExists) {
        Step step = EmbeddedDatabasePolicy.decide(cluster, passwordFileExists).step();
        if (cluster == Cluster.TRUSTING) {
            assertThat(step).isEqualTo(Step.PROTECT_WITH_PASSWORD);
        }
        if (step == Step.START) {
            assertThat(cluster).isEqualTo(Cluster.PASSWORD_PROTECTED);
        }
    }
}
