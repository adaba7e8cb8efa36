package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Splitting "found with" into people: the separators the issue names, and what is not one. */
class AssociatesTest {

    @Test
    void aListIsSplitAtCommasSemicolonsAmpersandsAndTheWordAnd() {
        assertThat(Associates.people("Jay, Kaz and Dee")).containsExactly("Jay", "Kaz", "Dee");
        assertThat(Associates.people("Jay;Kaz")).containsExactly("Jay", "Kaz");
        assertThat(Associates.people("Jay & Kaz")).containsExactly("Jay", "Kaz");
        assertThat(Associates.people("Jay AND Kaz, and Dee")).containsExactly("Jay", "Kaz", "Dee");
    }

    @Test
    void spacesInANameAreOneSpaceAndTheWordAndInsideANameIsNoSeparator() {
        assertThat(Associates.people("  Jay \t  Smith \n")).containsExactly("Jay Smith");
        assertThat(Associates.people("Sandra and Andy")).containsExactly("Sandra", "Andy");
        assertThat(Associates.people("Alexander Band")).containsExactly("Alexander Band");
        // a no-break space is not ASCII white space: it stays part of the name, in SQL as here
        assertThat(Associates.people("Jay\u00A0Kaz")).containsExactly("Jay\u00A0Kaz");
    }

    @Test
    void nothingButSeparatorsNamesNobody() {
        assertThat(Associates.people(null)).isEmpty();
        assertThat(Associates.people("")).isEmpty();
        assertThat(Associates.people(" , and ;& AND ")).isEmpty();
    }

    @Test
    void namesAreComparedWithoutRegardToCase() {
        assertThat(Associates.key("Kaz")).isEqualTo(Associates.key("kAZ")).isEqualTo("kaz");
        assertThat(Associates.key("Zoë")).isEqualTo("zoë");
    }
}
