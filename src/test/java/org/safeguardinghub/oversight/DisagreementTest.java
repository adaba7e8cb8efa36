package org.safeguardinghub.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;

/** A disagreement's guarded changes and what each returns. */
class DisagreementTest {

    static Disagreement at(int stage, Disagreement.Status status) {
        return new Disagreement(UUID.randomUUID(), new ChildId(UUID.randomUUID()), "teacher", "SCHOOL-NORTH",
                Disagreement.DecisionKind.THRESHOLD_DECISION, "No further action", "CSC-NORTH", null, "She is at risk",
                stage, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), status, null, null, null,
                Instant.parse("2026-03-02T09:00:00Z"), List.of());
    }

    @Test
    void anOpenDisagreementIsRespondedToAtItsStage() {
        var d = at(2, Disagreement.Status.OPEN);
        assertThat(d.respond("tm", "We will look again")).satisfies(r -> {
            assertThat(r.action()).isEqualTo(Disagreement.Action.RESPONDED);
            assertThat(r.stage()).isEqualTo(2);
            assertThat(r.disagreementId()).isEqualTo(d.id());
        });
    }

    @Test
    void itEscalatesOnlyToTheNextStageAndNotBeyondTheLast() {
        var next = new Disagreement.Stage(3, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 12));
        assertThat(at(2, Disagreement.Status.OPEN).escalate("lead", "overdue", next).stage()).isEqualTo(3);
        assertThatThrownBy(() -> at(1, Disagreement.Status.OPEN).escalate("lead", "skip", next))
                .isInstanceOf(IllegalStateException.class);
        assertThat(at(4, Disagreement.Status.OPEN).atLastStage()).isTrue();
        assertThatThrownBy(() -> at(4, Disagreement.Status.OPEN).escalate("lead", "x",
                new Disagreement.Stage(5, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResolvedDisagreementCannotChange() {
        var resolved = at(2, Disagreement.Status.RESOLVED);
        assertThatThrownBy(() -> resolved.respond("a", "b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolved.resolve("a", "b")).isInstanceOf(IllegalStateException.class);
        assertThat(at(2, Disagreement.Status.OPEN).resolve("tm", "Agreed a strategy discussion").action())
                .isEqualTo(Disagreement.Action.RESOLVED);
    }

    @Test
    void itIsOverdueTheDayAfterItsStageIsDueWhileOpen() {
        assertThat(at(2, Disagreement.Status.OPEN).overdueOn(LocalDate.of(2026, 3, 4))).isFalse();
        assertThat(at(2, Disagreement.Status.OPEN).overdueOn(LocalDate.of(2026, 3, 5))).isTrue();
        assertThat(at(2, Disagreement.Status.RESOLVED).overdueOn(LocalDate.of(2026, 3, 5))).isFalse();
    }
}
