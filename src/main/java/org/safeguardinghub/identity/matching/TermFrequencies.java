package org.safeguardinghub.identity.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * How common each given and family name is among the persons known. Agreeing on "smith" is
 * weaker evidence than agreeing on a rare name, because two different people often share it.
 */
public final class TermFrequencies {

    private final Map<String, Integer> given = new HashMap<>();
    private final Map<String, Integer> family = new HashMap<>();
    private int persons;

    public static TermFrequencies of(Iterable<NormalisedPerson> people) {
        TermFrequencies frequencies = new TermFrequencies();
        people.forEach(frequencies::add);
        return frequencies;
    }

    void add(NormalisedPerson person) {
        persons++;
        if (person.given() != null) {
            given.merge(person.given(), 1, Integer::sum);
        }
        if (person.family() != null) {
            family.merge(person.family(), 1, Integer::sum);
        }
    }

    /**
     * The chance that another person picked at random has this name, counting the person at hand
     * once at least so an unseen name is rare rather than impossible.
     */
    double frequency(Field field, String name) {
        Map<String, Integer> counts = field == Field.GIVEN_NAME ? given : family;
        return Math.max(1, counts.getOrDefault(name, 0)) / (double) Math.max(1, persons);
    }

    /** A snapshot, for a model that must not see an index change under it. */
    TermFrequencies copy() {
        TermFrequencies copy = new TermFrequencies();
        copy.given.putAll(given);
        copy.family.putAll(family);
        copy.persons = persons;
        return copy;
    }
}
