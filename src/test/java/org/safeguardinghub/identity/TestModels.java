package org.safeguardinghub.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A model with fixed, plausible probabilities (of the size EM finds on FEBRL4), so tests of the
 * rules do not depend on any data set. Name frequencies: 1,000 people, 30 of them Smith.
 */
final class TestModels {

    private TestModels() {
    }

    static MatchModel standard() {
        double[][] m = {
            names(0.70, 0.05, 0.02, 0.08, 0.05, 0.02, 0.02, 0.02),
            names(0.70, 0.05, 0.02, 0.08, 0.05, 0.02, 0.02, 0.02),
            {0.90, 0.02, 0.05, 0.03},
            {0.80, 0.05, 0.05, 0.05, 0.05},
            {0.50, 0.30, 0.10, 0.10},
            {0.85, 0.15},
            {0.98, 0.02},
            {0.90, 0.05, 0.05},
        };
        double[][] u = {
            names(0.003, 0.001, 0.00002, 0.0007, 0.0008, 0.001, 0.002, 0.02),
            names(0.003, 0.001, 0.00002, 0.0007, 0.0008, 0.001, 0.002, 0.02),
            {0.0002, 0.00003, 0.004, 0.99577},
            {0.001, 0.01, 0.005, 0.03, 0.954},
            {0.0001, 0.0001, 0.0008, 0.999},
            {0.015, 0.985},
            {0.5, 0.5},
            {0.0002, 0.0001, 0.9997},
        };
        return new MatchModel(m, u, 0.1, frequencies(), Comparisons.standard());
    }

    static MatchPolicy policy() {
        return new MatchPolicy(standard(), MatchThresholds.DEFAULT);
    }

    /** The eight name levels given, "different" making up the rest. */
    private static double[] names(double... agreeing) {
        double[] levels = new double[agreeing.length + 1];
        double sum = 0;
        for (int i = 0; i < agreeing.length; i++) {
            levels[i] = agreeing[i];
            sum += agreeing[i];
        }
        levels[agreeing.length] = 1 - sum;
        return levels;
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
