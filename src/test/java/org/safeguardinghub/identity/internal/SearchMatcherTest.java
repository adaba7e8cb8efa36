package org.safeguardinghub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildMatcher;
import org.safeguardinghub.chronology.Subject;

/** The child search finds "Kayleigh Smyth" for "Kaleigh Smith", and says why (issue "Knowing who is who", item 5). */
class SearchMatcherTest {

    static Subject child(String given, String family, LocalDate born) {
        return new Subject(null, null, null, given, family, born, null, null, null);
    }

    @Test
    void aVariantSpellingAndAOneLetterSurnameFindTheChildWithTheReasons() {
        ChildId kayleigh = new ChildId(UUID.randomUUID());
        ChildId other = new ChildId(UUID.randomUUID());
        Map<ChildId, Subject> candidates = new LinkedHashMap<>();
        candidates.put(other, child("Marcus", "Okonjo", LocalDate.of(2002, 7, 1)));
        candidates.put(kayleigh, child("Kayleigh", "Smyth", LocalDate.of(2002, 3, 14)));
        for (int i = 0; i < 40; i++) {
            candidates.put(new ChildId(UUID.randomUUID()), child("Given" + i, "Family" + i, LocalDate.of(2002, 1 + i % 12, 1 + i % 28)));
        }
        List<ChildMatcher.Likeness> found = new SearchMatcher().rank(child("Kaleigh", "Smith", LocalDate.of(2002, 3, 14)),
                candidates);
        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().child()).isEqualTo(kayleigh);
        assertThat(found.getFirst().reasons()).anyMatch(r -> r.startsWith("given name: known variant"))
                .anyMatch(r -> r.startsWith("date of birth: exact"));
        assertThat(found).extracting(ChildMatcher.Likeness::child).doesNotContain(other);
    }

    @Test
    void dayAndMonthSwappedIsSaid() {
        ChildId kayleigh = new ChildId(UUID.randomUUID());
        List<ChildMatcher.Likeness> found = new SearchMatcher().rank(child("Kayleigh", "Smyth", LocalDate.of(2002, 4, 3)),
                Map.of(kayleigh, child("Kayleigh", "Smyth", LocalDate.of(2002, 3, 4))));
        assertThat(found).singleElement().satisfies(l ->
                assertThat(l.reasons()).anyMatch(r -> r.startsWith("date of birth: day and month swapped")));
    }

    @Test
    void nobodyToCompareFindsNobody() {
        assertThat(new SearchMatcher().rank(child("Kaleigh", "Smith", LocalDate.of(2002, 3, 14)), Map.of())).isEmpty();
    }
}
