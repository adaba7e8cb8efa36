package org.safeguardinghub.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.DateInput;

/** A contact is refused whole, with every problem said, unless the child can be identified and the concern is said. */
class ContactSubmissionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static ContactSubmission contact(String given, String family, DateInput born, String nhs, String concern,
                                     List<String> categories) {
        return new ContactSubmission(given, family, born, nhs, null, null, "SCHOOL-NORTH", "Teacher", concern, categories,
                "She said she was scared.", "NO", "URGENT");
    }

    static final DateInput BORN = new DateInput("14", "3", "2012");

    @Test
    void aChildWithNameAndBirthDateAndAConcernIsAccepted() {
        assertThat(contact("Kayla", "Smyth", BORN, "", "Bruises", List.of("PHYSICAL")).problems(TODAY, true)).isEmpty();
    }

    @Test
    void aValidNhsNumberAloneIdentifiesTheChild() {
        assertThat(contact("", "", new DateInput("", "", ""), "943 476 5919", "Bruises", List.of("PHYSICAL"))
                .problems(TODAY, true)).isEmpty();
    }

    @Test
    void missingChildDetailsAnEmptyConcernAndAnUnknownAgencyAreEachSaid() {
        assertThat(contact("", "Smyth", new DateInput("", "", ""), "", "  ", List.of()).problems(TODAY, false))
                .containsEntry("givenName", "contact.error.child").containsEntry("concern", "contact.error.concern")
                .containsEntry("referrerAgency", "contact.error.agency")
                .containsEntry("categories", "contact.error.categories");
    }

    @Test
    void anInvalidNhsNumberOrAFutureOrImpossibleBirthDateIsRefused() {
        assertThat(contact("Kayla", "Smyth", BORN, "9434765918", "x", List.of("CSE")).problems(TODAY, true))
                .containsEntry("nhsNumber", "contact.error.nhsNumber");
        assertThat(contact("Kayla", "Smyth", new DateInput("1", "1", "2027"), "", "x", List.of("CSE")).problems(TODAY, true))
                .containsEntry("dateOfBirth", "contact.error.dateOfBirth.future");
        assertThat(contact("Kayla", "Smyth", new DateInput("31", "2", "2012"), "", "x", List.of("CSE")).problems(TODAY, true))
                .containsEntry("dateOfBirth", "date.invalid");
    }

    @Test
    void anUnknownCategoryUrgencyOrAnswerIsRefused() {
        ContactSubmission odd = new ContactSubmission("Kayla", "Smyth", BORN, null, null, null, "SCHOOL-NORTH", null, "x",
                List.of("GANGS"), "", "MAYBE", "SOON");
        assertThat(odd.problems(TODAY, true)).containsKeys("categories", "childVoice", "parentsAware", "urgency");
    }
}
