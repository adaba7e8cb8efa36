package org.safeguardinghub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class RequestIdRuleProperties {

    private final RequestIdRule rule = new RequestIdRule();

    /** Whatever a caller sends, the id logged and answered is short and safe to write into a log line. */
    @Property(tries = 2000)
    void theIdUsedIsAlwaysSafe(@ForAll @StringLength(max = 200) String sent) {
        String id = rule.decide(sent).value();
        assertThat(id).hasSizeBetween(1, RequestIdRule.MAX_LENGTH).matches("[A-Za-z0-9._:-]+");
    }

    /** The caller's id is kept exactly when it is safe. */
    @Property(tries = 1000)
    void aSafeIdIsKeptAsSent(@ForAll @StringLength(min = 1, max = 64)
                             @CharRange(from = 'a', to = 'z') @CharRange(from = '0', to = '9') @Chars({'-', '.', ':', '_'})
                             String sent) {
        assertThat(rule.decide(sent)).isEqualTo(new RequestIdRule.RequestId(sent, RequestIdRule.Reason.ACCEPTED));
    }

    @Property(tries = 1000)
    void anIdWithALineBreakIsNeverKept(@ForAll @StringLength(max = 60) String before, @ForAll @StringLength(max = 3) String after) {
        assertThat(rule.decide(before + "\n" + after).reason()).isEqualTo(RequestIdRule.Reason.GENERATED_MALFORMED);
    }
}
