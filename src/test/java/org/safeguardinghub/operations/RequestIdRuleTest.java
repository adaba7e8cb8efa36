package org.safeguardinghub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.operations.RequestIdRule.Reason;

class RequestIdRuleTest {

    private final RequestIdRule rule = new RequestIdRule(() -> "generated");

    @Test
    void aWellFormedIdIsKept() {
        assertThat(rule.decide("lb-7f3a.1:2_x")).isEqualTo(new RequestIdRule.RequestId("lb-7f3a.1:2_x", Reason.ACCEPTED));
        assertThat(rule.decide("a")).extracting(RequestIdRule.RequestId::reason).isEqualTo(Reason.ACCEPTED);
    }

    @Test
    void noIdIsReplacedSayingSo() {
        assertThat(rule.decide(null)).isEqualTo(new RequestIdRule.RequestId("generated", Reason.GENERATED_NONE_SENT));
    }

    @Test
    void sixtyFourCharactersAreKeptAndSixtyFiveAreNot() {
        assertThat(rule.decide("x".repeat(64)).reason()).isEqualTo(Reason.ACCEPTED);
        assertThat(rule.decide("x".repeat(65))).isEqualTo(new RequestIdRule.RequestId("generated", Reason.GENERATED_MALFORMED));
    }

    @Test
    void anIdThatCouldForgeOrCarryALogLineIsReplaced() {
        for (String sent : new String[] {"", "abc\nfake log line", "abc\r", "Jane Smith", "id;drop", "ünïcode", "a\tb"}) {
            assertThat(rule.decide(sent).reason()).as(sent).isEqualTo(Reason.GENERATED_MALFORMED);
            assertThat(rule.decide(sent).value()).isEqualTo("generated");
        }
    }

    @Test
    void theDefaultGeneratorMakesAWellFormedId() {
        String generated = new RequestIdRule().decide(null).value();
        assertThat(new RequestIdRule().decide(generated).reason()).isEqualTo(Reason.ACCEPTED);
    }
}
