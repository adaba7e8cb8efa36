package org.safeguardinghub.identity.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The prior model ({@link PriorModel}), so tests of the rules do not depend on any data set. Name frequencies: 1,000 people, 30 of them Smith.
 */
final class TestModels {

    private TestModels() {
    }

    static MatchModel standard() {
        return PriorModel.with(frequencies());
    }

    static MatchPolicy policy() {
        return new MatchPolicy(standard(), MatchThresholds.DEFAULT);
    }

    private static TermFrequencies frequencies() {
        List<NormalisedPerson> people = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String family = i < 30 ? "Smith" : "Family" + i;
            people.add(NormalisedPerson.of(PersonRecord.of("f" + i, "Given" + i, family, null, null)));
        }
        return TermFrequencies.of(people);
    }

    static PersonRecord person(String id, String given, String family, LocalDate born, String postcode) {
        return PersonRecord.of(id, given, family, born, postcode);
    }

    static PersonRecord full(String id, String given, String family, LocalDate born, String postcode, String address,
                             String nhsNumber) {
        return new PersonRecord(id, given, family, List.of(), born, null, postcode, address, nhsNumber, null);
    }
}
