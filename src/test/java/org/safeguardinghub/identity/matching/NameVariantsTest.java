package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void theMaintainedListHasSeveralHundredNames() {
        assertThat(NameVariants.standard().size()).isGreaterThan(500);
    }

    @Test
    void namesInACommonGroupAreVariantsEitherWay() throws Exception {
        NameVariants variants = NameVariants.parse(new BufferedReader(new StringReader("""
                # comment
                Alexander Alex Sandy
                Alexandra Alex Lexi
                """)));
        assertThat(variants.areVariants("alexander", "sandy")).isTrue();
        assertThat(variants.areVariants("sandy", "alexander")).isTrue();
        assertThat(variants.areVariants("alexandra", "alex")).isTrue();
        assertThat(variants.areVariants("alexander", "lexi")).isFalse();
        assertThat(variants.areVariants("alex", "alex")).isFalse();
        assertThat(variants.areVariants("alex", "zebedee")).isFalse();
    }

    @Test
    void listedNamesAreNormalisedLikeRecords() {
        assertThat(NameVariants.standard().areVariants(Normalise.text("ZOË"), Normalise.text("Zoey"))).isTrue();
    }
}
