package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormaliseTest {

    @Test
    void textIgnoresCaseAccentsAndPunctuation() {
        assertThat(Normalise.text("  Zoë  O'Néill-Smith ")).isEqualTo("zoe oneill smith");
        assertThat(Normalise.text("ZOE")).isEqualTo(Normalise.text("Zoë"));
    }

    @Test
    void blankTextIsMissing() {
        assertThat(Normalise.text(" - ")).isNull();
        assertThat(Normalise.text(null)).isNull();
    }

    @Test
    void ukPostcodesAreSpacedOneWayWhateverTheInput() {
        assertThat(Normalise.postcode("sw1a1aa")).isEqualTo("SW1A 1AA");
        assertThat(Normalise.postcode(" SW1A   1AA")).isEqualTo("SW1A 1AA");
        assertThat(Normalise.postcode("m1 1ae")).isEqualTo("M1 1AE");
    }

    @Test
    void otherPostcodesAreKeptCompact() {
        assertThat(Normalise.postcode(" 4223 ")).isEqualTo("4223");
    }

    @Test
    void onlyMaleAndFemaleCountAsSex() {
        assertThat(Normalise.sex("Female")).isEqualTo("f");
        assertThat(Normalise.sex("M")).isEqualTo("m");
        assertThat(Normalise.sex("Not known")).isNull();
    }

    @Test
    void postcodeSectorsAndDistricts() {
        assertThat(NormalisedPerson.sector("SW1A 1AA")).isEqualTo("SW1A 1");
        assertThat(NormalisedPerson.district("SW1A 1AA")).isEqualTo("SW1A");
        assertThat(NormalisedPerson.sector("4223")).isEqualTo("422");
        assertThat(NormalisedPerson.district("4223")).isEqualTo("42");
    }

    @Test
    void nhsNumbersAreCheckedAfterRemovingSpaces() {
        NormalisedPerson valid = NormalisedPerson.of(new PersonRecord("a", null, null, null, null, null, null, null,
                "999 000 1006", null));
        NormalisedPerson invalid = NormalisedPerson.of(new PersonRecord("b", null, null, null, null, null, null, null,
                "999 000 1007", null));
        assertThat(valid.validNhsNumber()).isTrue();
        assertThat(valid.identifier()).isEqualTo("9990001006");
        assertThat(invalid.validNhsNumber()).isFalse();
    }

    @Test
    void aChronologySubjectBecomesAPersonRecord() {
        var subject = new org.safeguardinghub.chronology.Subject("9990001006", "A123", "local-1", "Ada", "Ashford",
                java.time.LocalDate.of(2012, 3, 4), "F", "LS2 7EE", "12 Walker Crescent");
        assertThat(PersonRecord.of("s1", subject)).isEqualTo(new PersonRecord("s1", "Ada", "Ashford",
                java.util.List.of(), java.time.LocalDate.of(2012, 3, 4), "F", "LS2 7EE", "12 Walker Crescent",
                "9990001006", "A123"));
    }
}
