package org.safeguardinghub.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.oversight.rules.EdAttendancePattern;
import org.safeguardinghub.oversight.rules.AlertRule;
import org.safeguardinghub.oversight.rules.ChildFacts;
import org.safeguardinghub.oversight.rules.Evaluation;
import org.safeguardinghub.oversight.rules.RuleSettings;

class ScopeTest {

    static final ChildId CHILD = new ChildId(UUID.nameUUIDFromBytes("scope".getBytes()));
    static final RuleSettings DEFAULTS = RuleSettings.defaults();

    static EventsRecorded.Recorded event(EventType type, Significance significance, String at) {
        return new EventsRecorded.Recorded(CHILD, UUID.randomUUID(), type, significance, UUID.randomUUID(), Instant.parse(at));
    }

    @Test
    void anEventBringsInTheRulesItCanChange() {
        assertThat(Scope.of(event(EventType.ED_ATTENDANCE, Significance.ROUTINE, "2025-06-01T10:00:00Z"), false).codes())
                .containsExactly(AlertCode.ED_ATTENDANCE_PATTERN);
        assertThat(Scope.of(event(EventType.ED_ATTENDANCE, Significance.SIGNIFICANT, "2025-06-01T10:00:00Z"), false).codes())
                .containsExactlyInAnyOrder(AlertCode.ED_ATTENDANCE_PATTERN, AlertCode.MULTI_AGENCY_CONCERN);
        assertThat(Scope.of(event(EventType.NOTE, Significance.ROUTINE, "2025-06-01T10:00:00Z"), false).isEmpty()).isTrue();
    }

    @Test
    void aGrowingRuleLooksAsFarEitherSideOfTheNewEventsAsItsWindowReachesWithADayToSpare() {
        Scope june = Scope.of(event(EventType.ED_ATTENDANCE, Significance.ROUTINE, "2025-06-01T10:00:00Z"), false);
        Scope august = Scope.of(event(EventType.ED_ATTENDANCE, Significance.ROUTINE, "2025-08-15T10:00:00Z"), false);
        assertThat(june.and(august).span(DEFAULTS)).contains(new EventFacts.Span(
                Instant.parse("2024-05-31T10:00:00Z"), Instant.parse("2026-08-16T10:00:00Z")));
        assertThat(june.grows(new EdAttendancePattern(), DEFAULTS)).isTrue();
        assertThat(june.grows(new WholeHistoryRule(), DEFAULTS)).isFalse();
    }

    /** A rule later events can undo, with no reach: always given the whole history (as MISSING_TREND was). */
    static final class WholeHistoryRule implements AlertRule {

        @Override
        public AlertCode code() {
            return AlertCode.MISSING_TREND;
        }

        @Override
        public Set<EventType> watches() {
            return Set.of(EventType.MISSING_EPISODE);
        }

        @Override
        public Evaluation evaluate(ChildFacts facts, RuleSettings settings, Instant now) {
            throw new UnsupportedOperationException("not evaluated here");
        }
    }

    @Test
    void aCorrectionOrADeadlineLooksAtTheWholeHistoryAndNothingGrows() {
        Scope corrected = Scope.of(event(EventType.ED_ATTENDANCE, Significance.ROUTINE, "2025-06-01T10:00:00Z"), true);
        Scope added = Scope.of(event(EventType.CONTACT, Significance.ROUTINE, "2025-06-01T10:00:00Z"), false);
        Scope both = added.and(corrected);
        assertThat(both.whole()).isTrue();
        assertThat(both.codes()).containsExactlyInAnyOrder(AlertCode.ED_ATTENDANCE_PATTERN, AlertCode.REPEAT_CONTACTS,
                AlertCode.EXPLOITATION_UNDER_13);
        assertThat(both.span(DEFAULTS)).isEmpty();
        assertThat(both.grows(new EdAttendancePattern(), DEFAULTS)).isFalse();
        assertThat(Scope.whole(Set.of(AlertCode.RETURN_INTERVIEW_OVERDUE)).grows(new EdAttendancePattern(), DEFAULTS)).isFalse();
    }
}
