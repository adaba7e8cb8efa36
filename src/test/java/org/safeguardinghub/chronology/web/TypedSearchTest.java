package org.safeguardinghub.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date typed in the name box is the date of birth, read day first as dates are written in England. */
class TypedSearchTest {

    @Test
    void aDayFirstDateIsTakenOutOfTheName() {
        TypedSearch typed = TypedSearch.of("Kaleigh Smith 14/3/2002");
        assertThat(typed.name()).isEqualTo("Kaleigh Smith");
        assertThat(typed.dateOfBirth()).contains(LocalDate.of(2002, 3, 14));
    }

    @Test
    void anIsoDateAnywhereInTheBoxToo() {
        TypedSearch typed = TypedSearch.of("Kayleigh 2002-03-14 Smyth");
        assertThat(typed.name()).isEqualTo("Kayleigh Smyth");
        assertThat(typed.dateOfBirth()).contains(LocalDate.of(2002, 3, 14));
    }

    @Test
    void somethingThatIsNotARealDateStaysPartOfTheName() {
        TypedSearch typed = TypedSearch.of("Kayleigh 31/2/2002");
        assertThat(typed.name()).isEqualTo("Kayleigh 31/2/2002");
        assertThat(typed.dateOfBirth()).isEmpty();
        assertThat(TypedSearch.of("Smyth").dateOfBirth()).isEmpty();
        assertThat(TypedSearch.of(null).name()).isNull();
    }
}
