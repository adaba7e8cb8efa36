package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safeguardinghub.shared.internal.ProductionStartPolicy.Reason;
import org.safeguardinghub.shared.internal.ProductionStartPolicy.Settings;

/** Production starts only on an external database, with the key-encryption secret, without demo data. */
class ProductionStartPolicyTest {

    @Example
    void aProperProductionStartGoesOn() {
        assertThat(ProductionStartPolicy.refusals(new Settings(true, true, true, false))).isEmpty();
    }

    @Example
    void productionWithNothingSetNamesBothMissingSettings() {
        assertThat(ProductionStartPolicy.refusals(new Settings(true, false, false, false)))
                .containsExactly(Reason.NO_EXTERNAL_DATABASE, Reason.NO_KEY_ENCRYPTION_SECRET);
    }

    @Example
    void demoDataIsRefusedInProductionEvenOnAProperDatabase() {
        assertThat(ProductionStartPolicy.refusals(new Settings(true, true, true, true)))
                .containsExactly(Reason.DEMO_DATA_REQUESTED);
    }

    /** Outside the profile, the default run on the embedded database and the demo data are as before. */
    @Property
    void outsideProductionNothingIsRefused(@ForAll boolean database, @ForAll boolean secret, @ForAll boolean demo) {
        assertThat(ProductionStartPolicy.refusals(new Settings(false, database, secret, demo))).isEmpty();
    }

    /** In production each refusal is exactly one missing or forbidden setting. */
    @Property
    void inProductionEachProblemIsOneRefusal(@ForAll boolean database, @ForAll boolean secret, @ForAll boolean demo) {
        assertThat(ProductionStartPolicy.refusals(new Settings(true, database, secret, demo)))
                .hasSize((database ? 0 : 1) + (secret ? 0 : 1) + (demo ? 1 : 0))
                .allSatisfy(reason -> assertThat(reason.action()).contains(reason.setting().split("\\.")[0]));
    }
}
