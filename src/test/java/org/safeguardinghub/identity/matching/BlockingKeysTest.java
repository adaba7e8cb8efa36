package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BlockingKeysTest {

    static List<String> keys(String given, String family, LocalDate born, String postcode) {
        return BlockingKeys.of(NormalisedPerson.of(PersonRecord.of("x", given, family, born, postcode)));
    }

    static final LocalDate BORN = LocalDate.of(2012, 3, 11);

    @Test
    void dayAndMonthSwappedStillShareAKeyWhenOneNameDiffers() {
        assertThat(keys("Ada", "Ashford", BORN, null)).containsAnyElementsOf(
                keys("Zebedee", "Ashford", LocalDate.of(2012, 11, 3), null));
    }

    @Test
    void namesTheWrongWayRoundStillShareAKey() {
        assertThat(keys("Ada", "Ashford", null, null)).containsAnyElementsOf(keys("Ashford", "Ada", null, null));
    }

    @Test
    void aTypoInEitherNameWithTheRightDateStillSharesANameKey() {
        List<String> original = keys("Kayleigh", "Ashford", BORN, null);
        assertThat(original.stream().filter(key -> !key.startsWith("d") && !key.startsWith("i")))
                .containsAnyElementsOf(keys("Kayleihg", "Ashford", BORN, null))
                .containsAnyElementsOf(keys("Kayleigh", "Ashfrod", BORN, null));
    }

    @Test
    void aWrongYearStillSharesTheInitialsAndDayKey() {
        assertThat(keys("Ada", "Ashford", BORN, null)).containsAnyElementsOf(keys("Ada", "Ashford",
                BORN.withYear(2013), null));
    }

    @Test
    void namesSwappedWithTheOtherWhollyDifferentStillMeetOnTheDate() {
        assertThat(keys("Annabella", "Goldsworthy", BORN, null)).containsAnyElementsOf(
                keys("Renfrey", "Annabella", BORN, null));
    }

    @Test
    void bothNamesWhollyDifferentStillMeetOnTheDateAlone() {
        assertThat(keys("Alicia", "Riddell", BORN, null)).containsAnyElementsOf(keys("Hayden", "Cartmel", BORN, null));
    }

    @Test
    void aWrongGivenNameAndBirthDateStillMeetAtHome() {
        List<String> original = BlockingKeys.of(NormalisedPerson.of(TestModels.full("a", "Matthew", "Sincovich",
                BORN, "LS2 7EE", "95 Grylls Crescent", null)));
        List<String> duplicate = BlockingKeys.of(NormalisedPerson.of(TestModels.full("b", "Kynan", "Sincovich",
                BORN.minusYears(13), "LS2 7EB", "95 Gryls Crescent", null)));
        assertThat(original).containsAnyElementsOf(duplicate);
    }

    @Test
    void strangersShareNoKey() {
        assertThat(keys("Ada", "Ashford", BORN, "LS2 7EE"))
                .doesNotContainAnyElementsOf(keys("Zebedee", "Vrzkowicz", LocalDate.of(1999, 7, 30), "ZE9 9ZZ"));
    }

    @Test
    void nothingKnownGivesNoKeys() {
        assertThat(keys(null, null, null, null)).isEmpty();
    }
}
