package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.identity.matching.Field.NameLevel.DIFFERENT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.EXACT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.JARO_WINKLER_70;
import static org.safeguardinghub.identity.matching.Field.NameLevel.JARO_WINKLER_88;
import static org.safeguardinghub.identity.matching.Field.NameLevel.JARO_WINKLER_95;
import static org.safeguardinghub.identity.matching.Field.NameLevel.ONE_EDIT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.SOUNDS_ALIKE;
import static org.safeguardinghub.identity.matching.Field.NameLevel.SWAPPED;
import static org.safeguardinghub.identity.matching.Field.NameLevel.VARIANT;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonsTest {

    static final Comparisons COMPARISONS = Comparisons.standard();
    static final LocalDate BORN = LocalDate.of(2012, 3, 4);

    static int level(Field field, PersonRecord a, PersonRecord b) {
        return COMPARISONS.levels(NormalisedPerson.of(a), NormalisedPerson.of(b))[field.ordinal()];
    }

    static int given(String a, String b) {
        return level(Field.GIVEN_NAME, PersonRecord.of("a", a, "Ashford", BORN, null),
                PersonRecord.of("b", b, "Ashford", BORN, null));
    }

    static int family(String a, String b) {
        return level(Field.FAMILY_NAME, PersonRecord.of("a", "Ada", a, BORN, null),
                PersonRecord.of("b", "Ada", b, BORN, null));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "Kayleigh, KAYLEIGH",
        "Zoë, Zoe",
    })
    void givenNamesAgreeExactlyAfterNormalising(String a, String b) {
        assertThat(given(a, b)).isEqualTo(EXACT);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "Kaleigh, Kayleigh",
        "William, Liam",
        "Mohammed, Muhammad",
        "Alexander, Sandy",
    })
    void knownVariantsFromTheList(String a, String b) {
        assertThat(given(a, b)).isEqualTo(VARIANT);
    }

    @Test
    void spellingLevelsFromNearlyTheSameToDifferent() {
        assertThat(family("Thornwood", "Thornwoods")).isEqualTo(JARO_WINKLER_95);
        assertThat(family("Ada", "Ava")).isEqualTo(ONE_EDIT);
        assertThat(family("Bradbury", "Bradburne")).isEqualTo(JARO_WINKLER_88);
        assertThat(family("Catherine", "Kathryn")).isEqualTo(SOUNDS_ALIKE);
        assertThat(family("Morland", "Moreton")).isEqualTo(JARO_WINKLER_70);
        assertThat(family("Ashford", "Quarrington")).isEqualTo(DIFFERENT);
    }

    @Test
    void missingNameHasNoLevel() {
        assertThat(family(null, "Ashford")).isEqualTo(Comparisons.MISSING);
        assertThat(given("Ada", " ")).isEqualTo(Comparisons.MISSING);
    }

    @Test
    void formerFamilyNameAgreeing() {
        PersonRecord married = new PersonRecord("a", "Ada", "Wesley", List.of("Ashford"), BORN, null, null, null, null,
                null);
        assertThat(level(Field.FAMILY_NAME, married, PersonRecord.of("b", "Ada", "Ashford", BORN, null)))
                .isEqualTo(VARIANT);
    }

    @Test
    void givenAndFamilyNamesEnteredTheWrongWayRound() {
        byte[] levels = COMPARISONS.levels(NormalisedPerson.of(PersonRecord.of("a", "Ada", "Ashford", BORN, null)),
                NormalisedPerson.of(PersonRecord.of("b", "Ashford", "Ada", BORN, null)));
        assertThat(levels[Field.GIVEN_NAME.ordinal()]).isEqualTo((byte) SWAPPED);
        assertThat(levels[Field.FAMILY_NAME.ordinal()]).isEqualTo((byte) SWAPPED);
    }

    @Test
    void datesOfBirth() {
        assertThat(Comparisons.dateLevel(BORN, LocalDate.of(2012, 3, 4))).isZero();
        assertThat(Comparisons.dateLevel(BORN, LocalDate.of(2012, 4, 3))).isEqualTo(1);
        assertThat(Comparisons.dateLevel(BORN, LocalDate.of(2012, 3, 5))).isEqualTo(2);
        assertThat(Comparisons.dateLevel(BORN, LocalDate.of(2013, 3, 4))).isEqualTo(2);
        assertThat(Comparisons.dateLevel(BORN, LocalDate.of(2013, 5, 4))).isEqualTo(3);
        assertThat(Comparisons.dateLevel(BORN, null)).isEqualTo(Comparisons.MISSING);
    }

    @ParameterizedTest(name = "{0} vs {1} is level {2}")
    @CsvSource({
        "SW1A 1AA, sw1a1aa, 0",
        "SW1A 1AA, SW1A 1AB, 1",
        "SW1A 1AA, SW1A 1BD, 2",
        "SW1A 1AA, SW1A 2BD, 3",
        "SW1A 1AA, LS2 7EE, 4",
    })
    void postcodes(String a, String b, int expected) {
        assertThat(level(Field.POSTCODE, PersonRecord.of("a", "Ada", "Ashford", BORN, a),
                PersonRecord.of("b", "Ada", "Ashford", BORN, b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1} is level {2}")
    @CsvSource({
        "'12 Walker Crescent, Hilltown', '12 walker crescent hilltown', 0",
        "'12 Walker Crescent, Hilltown', '12 Walkercerscent Hilltown', 1",
        "'12 Walker Crescent, Hilltown', '12 Walker Crescent', 2",
        "'12 Walker Crescent, Hilltown', '3 Damson Gardens, Brookfield', 3",
    })
    void addresses(String a, String b, int expected) {
        assertThat(level(Field.ADDRESS, address(a), address(b))).isEqualTo(expected);
    }

    @Test
    void houseNumbersAreComparedOnTheirOwn() {
        assertThat(level(Field.HOUSE_NUMBER, address("12 Walker Crescent"), address("12a Walker Crescent")))
                .isEqualTo(1);
        assertThat(level(Field.HOUSE_NUMBER, address("12 Walker Crescent"), address("12 Elm Road"))).isZero();
    }

    @Test
    void identifiersWithATypo() {
        assertThat(Comparisons.identifierLevel("1234567", "1234567")).isZero();
        assertThat(Comparisons.identifierLevel("1234567", "1243567")).isEqualTo(1);
        assertThat(Comparisons.identifierLevel("1234567", "7654321")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "abc, abc, true",
        "abc, abd, true",
        "abc, acb, true",
        "abc, ab, true",
        "abc, xabc, true",
        "abc, cab, false",
        "abc, a, false",
        "abcd, abdc, true",
        "abcd, badc, false",
    })
    void withinOneEditCountsAnAdjacentSwapAsOne(String a, String b, boolean expected) {
        assertThat(Comparisons.withinOneEdit(a, b)).isEqualTo(expected);
        assertThat(Comparisons.withinOneEdit(b, a)).isEqualTo(expected);
    }

    static PersonRecord address(String address) {
        return new PersonRecord("x" + address.hashCode(), "Ada", "Ashford", List.of(), BORN, null, null, address, null,
                null);
    }
}
