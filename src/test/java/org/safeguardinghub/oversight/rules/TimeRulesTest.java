package org.safeguardinghub.oversight.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.oversight.rules.TestFacts.born;
import static org.safeguardinghub.oversight.rules.TestFacts.contact;
import static org.safeguardinghub.oversight.rules.TestFacts.event;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.EventType;

/**
 * EXPLOITATION_UNDER_13 at, just under and just over its threshold (spec/event-feed.md, "Alert
 * codes (v1)"). MISSING_TREND and RETURN_INTERVIEW_OVERDUE are the missing module's rules now, held
 * to the same cases in {@code missing/internal/AlertRulesTest} (ADR 0025).
 */
class TimeRulesTest {

    static final RuleSettings DEFAULTS = RuleSettings.defaults();

    @Test
    void exploitationConcernWhenTwelveButNotOnTheThirteenthBirthday() {
        LocalDate birth = LocalDate.of(2012, 6, 1);
        Instant dayBefore = Instant.parse("2025-05-31T12:00:00Z");
        Instant birthday = Instant.parse("2025-06-01T12:00:00Z");
        assertThat(new ExploitationUnder13().evaluate(born(birth, event(EventType.EXPLOITATION_CONCERN, dayBefore)),
                DEFAULTS, birthday).finding()).hasValueSatisfying(f -> assertThat(f.reasons().getFirst().args())
                .containsExactly(13L, 1L));
        assertThat(new ExploitationUnder13().evaluate(born(birth, event(EventType.EXPLOITATION_CONCERN, birthday)),
                DEFAULTS, birthday).finding()).isEmpty();
    }

    @Test
    void aContactCountsOnlyWithCategoryCseAndOnlyWithADateOfBirth() {
        LocalDate birth = LocalDate.of(2015, 1, 1);
        Instant at = Instant.parse("2024-01-01T12:00:00Z");
        assertThat(new ExploitationUnder13().evaluate(born(birth, contact(at, "NEGLECT", "CSE")), DEFAULTS, at).finding())
                .isPresent();
        assertThat(new ExploitationUnder13().evaluate(born(birth, contact(at, "NEGLECT")), DEFAULTS, at).finding()).isEmpty();
        assertThat(new ExploitationUnder13().evaluate(born(null, event(EventType.EXPLOITATION_CONCERN, at)), DEFAULTS, at)
                .finding()).isEmpty();
    }
}
