package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecordLinkageTest {

    static CandidateMatch link(String left, String right, double weight, boolean certain) {
        MatchExplanation explanation = new MatchExplanation(left, right, weight, List.of(), List.of());
        return new CandidateMatch(left, right, new MatchOutcome.Linked(explanation, certain));
    }

    @Test
    void eachRecordLinksToAtMostItsBestCounterpart() {
        List<CandidateMatch> kept = RecordLinkage.oneToOne(List.of(link("a", "x", 30, false),
                link("a", "y", 40, false), link("b", "y", 35, false), link("b", "z", 20, false)));
        assertThat(kept).extracting(m -> m.incomingId() + m.candidateId()).containsExactly("ay", "bz");
    }

    @Test
    void anIdentifierRuleOutranksAnyWeight() {
        List<CandidateMatch> kept = RecordLinkage.oneToOne(List.of(link("a", "x", 60, false),
                link("a", "y", 5, true)));
        assertThat(kept).extracting(CandidateMatch::candidateId).containsExactly("y");
    }
}
