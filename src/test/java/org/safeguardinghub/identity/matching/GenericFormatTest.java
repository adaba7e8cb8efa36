package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import benchmarks.LinkageData;
import org.junit.jupiter.api.Test;

/** The generic labelled format the benchmark accepts, on the small synthetic example beside it. */
class GenericFormatTest {

    static LinkageData example() throws Exception {
        return LinkageData.generic(resource("generic-left.csv"), resource("generic-right.csv"),
                resource("generic-truth.csv"));
    }

    static Path resource(String name) throws Exception {
        return Path.of(GenericFormatTest.class.getResource("/identity/" + name).toURI());
    }

    @Test
    void readsEveryColumnWithEmptyAsUnknown() throws Exception {
        LinkageData data = example();
        assertThat(data.left()).hasSize(6);
        assertThat(data.right()).hasSize(5);
        assertThat(data.truth()).containsExactlyInAnyOrder("L1|R1", "L2|R2", "L3|R3", "L5|R5");
        Map<String, PersonRecord> right = data.right().stream()
                .collect(Collectors.toMap(PersonRecord::id, Function.identity()));
        assertThat(right.get("R2")).isEqualTo(new PersonRecord("R2", "Will", "Thornwood", java.util.List.of(),
                LocalDate.of(2010, 2, 11), "M", "BN1 4GH", "3 Damson Gardens", "999 000 1006", null));
        assertThat(right.get("R3").sex()).isNull();
        assertThat(right.get("R5").nhsNumber()).isNull();
    }

    @Test
    void linksTheExampleWithoutLinkingTheTwin() throws Exception {
        LinkageData data = example();
        RecordLinkage.Result result = RecordLinkage.between(data.left(), data.right(),
                MatchThresholds.forPopulation(data.left().size()));
        assertThat(data.truth()).allMatch(pair -> result.isCandidate(pair.split("\\|")[0], pair.split("\\|")[1]));
        assertThat(result.links()).extracting(link -> LinkageData.pair(link.incomingId(), link.candidateId()))
                .contains("L2|R2").isSubsetOf(data.truth()).doesNotContain("L4|R3");
        assertThat(result.reviews()).filteredOn(review -> review.incomingId().equals("L4"))
                .allMatch(review -> review.outcome().reasons().getFirst().startsWith("possible twin or sibling"));
    }
}
