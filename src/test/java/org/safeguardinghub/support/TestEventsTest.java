package org.safeguardinghub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.junit.jupiter.api.Test;

/**
 * The invented family names keep tests' children apart: the matcher links children of the same
 * given name and date of birth whose family names sound alike, and tests share those.
 */
class TestEventsTest {

    @Test
    void anyFourThousandNamesInARowSoundDifferentToDoubleMetaphone() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        Set<String> primary = new HashSet<>();
        Set<String> alternate = new HashSet<>();
        IntStream.range(0, 4096).mapToObj(i -> TestEvents.familyName()).forEach(name -> {
            primary.add(metaphone.doubleMetaphone(name));
            alternate.add(metaphone.doubleMetaphone(name, true));
        });
        assertThat(primary).hasSize(4096);
        assertThat(alternate).hasSize(4096);
    }

    @Test
    void namesMadeOneAfterAnotherBeginDifferently() {
        Set<String> beginnings = new HashSet<>();
        IntStream.range(0, 8).mapToObj(i -> TestEvents.familyName()).forEach(name -> beginnings.add(name.substring(0, 1)));
        assertThat(beginnings).hasSizeGreaterThan(4);
    }
}
