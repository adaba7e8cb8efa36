package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.identity.matching.HardStops.Stop;

/** Each hard stop at its boundary (issue 13): what holds a pair for a person, and what does not. */
class HardStopsTest {

    static final LocalDate BORN = LocalDate.of(2011, 11, 12);
    static final Comparisons COMPARISONS = Comparisons.standard();

    static PersonRecord child(String given, String family, LocalDate born, String sex, String postcode, String address) {
        return new PersonRecord("x", given, family, List.of(), born, sex, postcode, address, null, null);
    }

    static final PersonRecord MIA = child("Mia", "Ashford", BORN, "F", "LS2 7EE", "12 Walker Crescent");

    static List<Stop> stops(PersonRecord a, PersonRecord b) {
        NormalisedPerson x = NormalisedPerson.of(a);
        NormalisedPerson y = NormalisedPerson.of(b);
        return HardStops.of(COMPARISONS.levels(x, y), x, y, COMPARISONS.variants());
    }

    static boolean conflict(PersonRecord a, PersonRecord b) {
        NormalisedPerson x = NormalisedPerson.of(a);
        NormalisedPerson y = NormalisedPerson.of(b);
        return HardStops.identifierConflict(COMPARISONS.levels(x, y), x, y, COMPARISONS.variants());
    }

    @Test
    void recordedSexesThatDifferStopALink() {
        assertThat(stops(MIA, child("Mia", "Ashford", BORN, "M", "LS2 7EE", "12 Walker Crescent")))
                .containsExactly(Stop.SEXES_DIFFER);
        assertThat(stops(MIA, child("Mia", "Ashford", BORN, "female", "LS2 7EE", "12 Walker Crescent"))).isEmpty();
        assertThat(stops(MIA, child("Mia", "Ashford", BORN, null, "LS2 7EE", "12 Walker Crescent"))).isEmpty();
        assertThat(stops(MIA, child("Mia", "Ashford", BORN, "not stated", "LS2 7EE", "12 Walker Crescent"))).isEmpty();
    }

    @Test
    void anotherGivenNameWithTheFamilyNameDateOfBirthOrHomeInCommonIsAPossibleTwin() {
        assertThat(stops(MIA, child("Alfie", "Ashford", BORN, "M", "LS2 7EE", "12 Walker Crescent")))
                .containsExactly(Stop.SEXES_DIFFER, Stop.POSSIBLE_TWIN);
        // each of family name, date of birth (or a typo of it) and home is enough on its own
        assertThat(stops(MIA, child("Grace", "Ashford", null, "F", "ZE9 9ZZ", "1 Far Away"))).contains(Stop.POSSIBLE_TWIN);
        assertThat(stops(MIA, child("Grace", "Quarrington", BORN, "F", null, null))).contains(Stop.POSSIBLE_TWIN);
        assertThat(stops(MIA, child("Grace", "Quarrington", LocalDate.of(2011, 12, 11), "F", null, null)))
                .contains(Stop.POSSIBLE_TWIN);
        assertThat(stops(MIA, child("Grace", "Quarrington", null, "F", "LS2 7EE", "12 Walker Crescent")))
                .contains(Stop.POSSIBLE_TWIN);
        // nothing in common but the sex: not a twin or sibling (the weight is low anyway)
        assertThat(stops(MIA, child("Grace", "Quarrington", null, "F", "ZE9 9ZZ", "1 Far Away"))).isEmpty();
    }

    @Test
    void theSameNameWrittenAnotherWayIsNoTwin() {
        PersonRecord mia = child("Mya", "Ashford", BORN, "F", "LS2 7EE", "12 Walker Crescent");
        assertThat(stops(MIA, mia)).isEmpty();
        assertThat(stops(child("Oliver", "Ashford", BORN, "M", null, null), child("Olly", "Ashford", BORN, "M", null, null)))
                .isEmpty();
        assertThat(stops(child("Oliver", "Ashford", BORN, "M", null, null), child("Olover", "Ashford", BORN, "M", null, null)))
                .as("a typo that is no name").isEmpty();
        assertThat(stops(child("Ashford", "Mia", BORN, "F", null, null), MIA)).as("names swapped").isEmpty();
        assertThat(stops(child(null, "Ashford", BORN, "F", null, null), MIA)).as("no given name to compare").isEmpty();
    }

    @Test
    void twoNamesInTheirOwnRightAreTwoNamesHoweverAlike() {
        PersonRecord ella = child("Ella", "Ashford", BORN, "F", "LS2 7EE", "12 Walker Crescent");
        assertThat(stops(ella, child("Emma", "Ashford", BORN, "F", "LS2 7EE", "12 Walker Crescent")))
                .containsExactly(Stop.POSSIBLE_TWIN);
        assertThat(stops(child("Millie", "Ashford", BORN, "F", null, null), child("Mollie", "Ashford", BORN, "F", null, null)))
                .containsExactly(Stop.POSSIBLE_TWIN);
        assertThat(stops(child("Molly", "Ashford", BORN, "F", null, null), child("Mollie", "Ashford", BORN, "F", null, null)))
                .as("two spellings of one name").isEmpty();
    }

    @Test
    void aDateOfBirthBeyondATypoIsBornApartWhateverTheNames() {
        LocalDate later = LocalDate.of(2014, 3, 2);
        assertThat(stops(MIA, child("Lily", "Quarrington", later, "F", null, null))).containsExactly(Stop.BORN_APART);
        assertThat(stops(MIA, child("Lily", "Ashford", later, "F", null, null)))
                .containsExactly(Stop.POSSIBLE_TWIN, Stop.BORN_APART);
        assertThat(stops(MIA, child("Mia", "Ashford", later, "F", "LS2 7EE", "12 Walker Crescent")))
                .as("a sister of the same name, or a date to correct").containsExactly(Stop.BORN_APART);
        // within a typo: swapped, or one of day or month, or a year one out or one digit wrong
        for (LocalDate typo : List.of(LocalDate.of(2011, 12, 11), LocalDate.of(2011, 11, 13), LocalDate.of(2011, 1, 12),
                LocalDate.of(2012, 11, 12), LocalDate.of(2010, 11, 12), LocalDate.of(2019, 11, 12))) {
            assertThat(stops(child("Mya", "Ashford", BORN, "F", null, null), child("Mia", "Ashford", typo, "F", null, null)))
                    .as(typo.toString()).isEmpty();
        }
        // beyond: two parts, or a year further out in more than one digit
        for (LocalDate apart : List.of(LocalDate.of(2011, 10, 13), LocalDate.of(2024, 11, 12), LocalDate.of(2000, 11, 12))) {
            assertThat(HardStops.bornApart(BORN, apart)).as(apart.toString()).isTrue();
        }
        assertThat(HardStops.bornApart(BORN, null)).isFalse();
    }

    @Test
    void anIdentifierConflictIsDateOfBirthSexAndGivenNameAllDisagreeing() {
        PersonRecord christopher = child("Christopher", "Ashford", LocalDate.of(2011, 12, 11), "M", null, null);
        PersonRecord lily = child("Lily", "Ashford", LocalDate.of(2011, 11, 12), "F", null, null);
        assertThat(conflict(christopher, lily)).isTrue();
        assertThat(conflict(christopher, child("Lily", "Ashford", LocalDate.of(2011, 12, 11), "F", null, null)))
                .as("same date of birth").isFalse();
        assertThat(conflict(christopher, child("Lily", "Ashford", LocalDate.of(2011, 11, 12), "M", null, null)))
                .as("same sex").isFalse();
        assertThat(conflict(christopher, child("Chris", "Ashford", LocalDate.of(2011, 11, 12), "F", null, null)))
                .as("a variant of the given name").isFalse();
        assertThat(conflict(christopher, child("Lily", "Ashford", LocalDate.of(2011, 11, 12), null, null, null)))
                .as("sex unknown").isFalse();
    }

    @Test
    void theLabelIsTheStrongestReason() {
        assertThat(HardStops.label(List.of(Stop.SEXES_DIFFER, Stop.POSSIBLE_TWIN), true))
                .isEqualTo(ReviewLabel.IDENTIFIER_CONFLICT);
        assertThat(HardStops.label(List.of(Stop.SEXES_DIFFER, Stop.POSSIBLE_TWIN, Stop.BORN_APART), false))
                .isEqualTo(ReviewLabel.POSSIBLE_TWIN);
        assertThat(HardStops.label(List.of(Stop.SEXES_DIFFER, Stop.BORN_APART), false)).isEqualTo(ReviewLabel.SEXES_DIFFER);
        assertThat(HardStops.label(List.of(Stop.BORN_APART), false)).isEqualTo(ReviewLabel.BORN_APART);
        assertThat(HardStops.label(List.of(), false)).isEqualTo(ReviewLabel.NEAR_MATCH);
    }
}
