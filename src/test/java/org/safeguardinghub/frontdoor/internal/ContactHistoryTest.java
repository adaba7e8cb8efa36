package org.safeguardinghub.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.frontdoor.Outcome;

/**
 * Every contact is judged with the child's others (seeds 003 §194: "some professionals thought that
 * repeated referrals had been made but then closed").
 */
class ContactHistoryTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static ContactHistory.Earlier earlier(String reference, String when, Outcome outcome) {
        return new ContactHistory.Earlier(reference, Instant.parse(when), "SCHOOL-NORTH", outcome);
    }

    @Test
    void theThirdContactAfterTwoClosedAsNfaSaysSo() {
        ContactHistory.Standing standing = ContactHistory.of(NOW, List.of(
                earlier("C-1", "2026-03-01T09:00:00Z", Outcome.NO_FURTHER_ACTION),
                earlier("C-2", "2026-07-01T09:00:00Z", Outcome.SIGNPOST_UNIVERSAL)));
        assertThat(standing.ordinal()).isEqualTo(3);
        assertThat(standing.closedNfa()).isEqualTo(2);
        assertThat(standing.key()).isEqualTo("contact.history.repeat");
        assertThat(standing.previous()).extracting(ContactHistory.Earlier::reference).containsExactly("C-2", "C-1");
    }

    @Test
    void contactsOverTwelveMonthsBeforeAndLaterOnesDoNotCount() {
        ContactHistory.Standing standing = ContactHistory.of(NOW, List.of(
                earlier("C-old", "2025-11-19T10:00:00Z", Outcome.NO_FURTHER_ACTION),
                earlier("C-edge", "2025-11-20T10:00:00Z", Outcome.EARLY_HELP),
                earlier("C-later", "2026-11-21T10:00:00Z", null)));
        assertThat(standing.previous()).extracting(ContactHistory.Earlier::reference).containsExactly("C-edge");
        assertThat(standing.closedNfa()).isZero();
    }

    @Test
    void undecidedAndReferredContactsAreNotCountedAsClosed() {
        ContactHistory.Standing standing = ContactHistory.of(NOW, List.of(
                earlier("C-1", "2026-10-01T09:00:00Z", null),
                earlier("C-2", "2026-10-02T09:00:00Z", Outcome.CHILD_AND_FAMILY_ASSESSMENT)));
        assertThat(standing.args()).containsExactly(3, 2, 0L);
    }

    @Test
    void theFirstContactIsSaidToBeFirst() {
        assertThat(ContactHistory.of(NOW, List.of()).key()).isEqualTo("contact.history.first");
    }
}
