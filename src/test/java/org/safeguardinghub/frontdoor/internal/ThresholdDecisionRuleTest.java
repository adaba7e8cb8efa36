package org.safeguardinghub.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.frontdoor.Outcome;
import org.safeguardinghub.frontdoor.ThresholdDecisions.Proposal;
import org.safeguardinghub.frontdoor.ThresholdDocument;

/** What makes a threshold decision valid, field by field. */
class ThresholdDecisionRuleTest {

    static final ThresholdDocument DOCUMENT = new ThresholdDocument(3, Instant.parse("2026-01-01T00:00:00Z"), "admin",
            "test", List.of(new ThresholdDocument.Level(2, "Early help", List.of("Needs some support")),
            new ThresholdDocument.Level(3, "Child in need", List.of("Complex needs", "Repeated missing episodes"))));

    static ThresholdDecisionRule.Checked check(String level, List<String> descriptors, String rationale, String outcome,
                                               String advice) {
        return ThresholdDecisionRule.check(new Proposal(level, descriptors, rationale, outcome, advice), DOCUMENT);
    }

    @Test
    void aCompleteDecisionIsValidAndKeepsTheDescriptorsWords() {
        var checked = check("3", List.of("3:1"), " Third contact in a month ", "CHILD_AND_FAMILY_ASSESSMENT", "");
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.valid()).hasValueSatisfying(v -> {
            assertThat(v.level().level()).isEqualTo(3);
            assertThat(v.reliedOn()).containsExactly("Repeated missing episodes");
            assertThat(v.outcome()).isEqualTo(Outcome.CHILD_AND_FAMILY_ASSESSMENT);
            assertThat(v.rationale()).isEqualTo("Third contact in a month");
            assertThat(v.advice()).isNull();
        });
    }

    @Test
    void aLevelTheDocumentDoesNotHaveIsRefused() {
        assertThat(check("4", List.of("4:0"), "r", "EARLY_HELP", null).problems()).containsKey("level");
        assertThat(check("x", List.of(), "r", "EARLY_HELP", null).problems()).containsKey("level");
    }

    @Test
    void descriptorsMustAllBelongToTheLevelDecidedAndAtLeastOneIsNeeded() {
        assertThat(check("3", List.of(), "r", "EARLY_HELP", null).problems()).containsKey("descriptors");
        assertThat(check("3", List.of("3:0", "2:0"), "r", "EARLY_HELP", null).problems()).containsKey("descriptors");
        assertThat(check("3", List.of("3:0", "3:1"), "r", "EARLY_HELP", null).problems()).doesNotContainKey("descriptors");
    }

    @Test
    void theRationaleIsRequiredAndLimited() {
        String longest = "r".repeat(ThresholdDecisionRule.MAX_TEXT);
        assertThat(check("3", List.of("3:0"), "  ", "EARLY_HELP", null).problems()).containsKey("rationale");
        assertThat(check("3", List.of("3:0"), longest, "EARLY_HELP", null).problems()).doesNotContainKey("rationale");
        assertThat(check("3", List.of("3:0"), longest + "r", "EARLY_HELP", null).problems()).containsKey("rationale");
    }

    @Test
    void noFurtherActionNeedsAdviceToTheReferrerAndOtherOutcomesDoNot() {
        assertThat(check("2", List.of("2:0"), "r", "NO_FURTHER_ACTION", " ").problems())
                .containsEntry("advice", "decision.error.advice");
        assertThat(check("2", List.of("2:0"), "r", "NO_FURTHER_ACTION", "Speak to the school nurse").valid()).isPresent();
        assertThat(check("2", List.of("2:0"), "r", "EARLY_HELP", null).valid()).isPresent();
        assertThat(check("2", List.of("2:0"), "r", "MAYBE", null).problems()).containsKey("outcome");
    }
}
