package org.safeguardinghub.chronology.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.BreakGlass.Identification;

/** What emergency access asks for before it opens anything. */
class BreakGlassRuleTest {

    static final String REASON = "Brought in unconscious at 03:10";

    @Test
    void theChildIsIdentifiedExactlyByAValidNumberOrByNameAndBirth() {
        assertThat(BreakGlassRule.problems(new Identification("943 476 5919", null, null, null), REASON)).isEmpty();
        assertThat(BreakGlassRule.problems(new Identification(null, "Ava", "Fopeki", LocalDate.of(2012, 5, 1)), REASON)).isEmpty();
        assertThat(BreakGlassRule.problems(new Identification("9434765918", null, null, null), REASON))
                .containsEntry("nhsNumber", "breakGlass.error.nhsNumber");
        assertThat(BreakGlassRule.problems(new Identification(null, "Ava", null, LocalDate.of(2012, 5, 1)), REASON))
                .containsEntry("child", "breakGlass.error.identify");
        assertThat(BreakGlassRule.problems(new Identification(" ", "Ava", "Fopeki", null), REASON)).containsKey("child");
    }

    @Test
    void theReasonHasSomeSubstanceAndALimit() {
        Identification who = new Identification("9434765919", null, null, null);
        assertThat(BreakGlassRule.problems(who, "x".repeat(BreakGlassRule.MIN_REASON - 1))).containsKey("reason");
        assertThat(BreakGlassRule.problems(who, "  " + "x".repeat(BreakGlassRule.MIN_REASON) + "  ")).isEmpty();
        assertThat(BreakGlassRule.problems(who, "x".repeat(BreakGlassRule.MAX_REASON))).isEmpty();
        assertThat(BreakGlassRule.problems(who, "x".repeat(BreakGlassRule.MAX_REASON + 1))).containsKey("reason");
        assertThat(BreakGlassRule.problems(who, null)).containsKey("reason");
    }
}
