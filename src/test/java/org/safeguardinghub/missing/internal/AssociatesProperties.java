package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Splitting "found with" into people: never an empty name, the same people whatever order they are
 * listed in and whichever separators are used, and splitting what it gives changes nothing.
 */
class AssociatesProperties {

    static final List<String> SEPARATORS = List.of(", ", ",", "; ", " & ", "&", " and ", " AND ", ", and ", " ;and, ");

    /** Free text as practitioners type it: names, separators, odd spacing, words that contain "and". */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("JayKzDeéÅ ,;&\t\n\u00A0").ofMaxLength(30),
                Arbitraries.of("and", "AND", "Andy", "Sandra", "band", "Jay", "kaz", "Zoë", " ", ",", "&", ";", "\t")
                        .list().ofMaxSize(8).map(words -> String.join(" ", words)),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    static Arbitrary<String> name() {
        return Arbitraries.of("Jay", "Kaz", "Dee", "Mo Farrah", "Sandra", "Andy", "zoë b", "O'Neil", "Ann-Marie")
                .map(n -> n.replace(" ", "  "));
    }

    @Provide
    Arbitrary<String> anyText() {
        return text();
    }

    @Provide
    Arbitrary<List<String>> names() {
        return name().list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void neverAnEmptyNameNorASeparatorNorLooseSpace(@ForAll("anyText") String text) {
        for (String person : Associates.people(text)) {
            assertThat(person).isNotEmpty().doesNotContain(",", ";", "&", "  ", "\t", "\n")
                    .doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(person.toLowerCase(java.util.Locale.ROOT)).isNotEqualTo("and")
                    .doesNotStartWith("and ").doesNotEndWith(" and").doesNotContain(" and ");
        }
    }

    @Property
    void splittingWhatItGivesChangesNothing(@ForAll("anyText") String text) {
        List<String> people = Associates.people(text);
        assertThat(Associates.people(String.join(", ", people))).isEqualTo(people);
        people.forEach(person -> assertThat(Associates.people(person)).containsExactly(person));
    }

    @Property
    void theSamePeopleWhateverTheOrderAndTheSeparators(@ForAll("names") List<String> names, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, random);
        assertThat(keys(join(shuffled, random))).isEqualTo(keys(join(names, random)))
                .isEqualTo(names.stream().map(n -> Associates.key(n.replaceAll(" +", " "))).collect(Collectors.toSet()));
    }

    private static String join(List<String> names, Random random) {
        StringBuilder text = new StringBuilder(names.getFirst());
        for (String name : names.subList(1, names.size())) {
            text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size()))).append(random.nextBoolean() ? name : name.toUpperCase());
        }
        return text.toString();
    }

    private static Set<String> keys(String text) {
        return Associates.people(text).stream().map(Associates::key).collect(Collectors.toSet());
    }
}
