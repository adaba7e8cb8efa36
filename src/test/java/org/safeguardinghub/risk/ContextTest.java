package org.safeguardinghub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;

/** The work on a context goes referral, assessment, meetings, closure; steps out of turn are refused. */
class ContextTest {

    static Context with(ContextStep... steps) {
        List<Context.Step> taken = new ArrayList<>();
        for (ContextStep step : steps) {
            taken.add(new Context.Step(UUID.randomUUID(), step, "note", List.of(), "tm", Instant.EPOCH));
        }
        return new Context(UUID.randomUUID(), ContextKind.PLACE, "Hotel", null, Sensitivity.STANDARD, "North",
                People.CSC.id(), "tm", Instant.EPOCH, taken, List.of());
    }

    @Test
    void aNewContextCanOnlyBeReferred() {
        Context c = with();
        assertThat(c.status()).isNull();
        assertThat(List.of(ContextStep.values())).filteredOn(c::mayTake).containsExactly(ContextStep.REFERRED);
    }

    @Test
    void meetingsFollowTheAssessmentAndEachOther() {
        assertThat(with(ContextStep.REFERRED).mayTake(ContextStep.MEETING_HELD)).isFalse();
        assertThat(with(ContextStep.REFERRED, ContextStep.ASSESSED).mayTake(ContextStep.MEETING_HELD)).isTrue();
        assertThat(with(ContextStep.REFERRED, ContextStep.ASSESSED, ContextStep.MEETING_HELD)
                .mayTake(ContextStep.MEETING_HELD)).isTrue();
    }

    @Test
    void aClosedContextCanBeReferredAgainAndNothingElse() {
        Context closed = with(ContextStep.REFERRED, ContextStep.CLOSED);
        assertThat(List.of(ContextStep.values())).filteredOn(closed::mayTake).containsExactly(ContextStep.REFERRED);
        assertThatThrownBy(() -> closed.take(ContextStep.ASSESSED, "n", List.of(), "tm", Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        assertThat(closed.take(ContextStep.REFERRED, "again", List.of(), "tm", Instant.EPOCH).step())
                .isEqualTo(ContextStep.REFERRED);
    }

    @Test
    void anActionIsDoneOnce() {
        var action = new Context.Action(UUID.randomUUID(), "Visit", "PC Ellery", LocalDate.of(2026, 1, 1),
                Context.ActionSource.CONTEXT_MEETING, "tm", Instant.EPOCH, null, null, null);
        assertThat(action.complete("tm", Instant.EPOCH, "Visited").actionId()).isEqualTo(action.id());
        var done = new Context.Action(action.id(), "Visit", "PC Ellery", LocalDate.of(2026, 1, 1),
                Context.ActionSource.CONTEXT_MEETING, "tm", Instant.EPOCH, "tm", Instant.EPOCH, "Visited");
        assertThatThrownBy(() -> done.complete("tm", Instant.EPOCH, "again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void personsOfConcernVehiclesAndPhonesArePoliceIntelligence() {
        assertThat(ContextKind.PERSON_OF_CONCERN.leastSensitivity()).isEqualTo(Sensitivity.POLICE_INTELLIGENCE);
        assertThat(ContextKind.VEHICLE.leastSensitivity()).isEqualTo(Sensitivity.POLICE_INTELLIGENCE);
        assertThat(ContextKind.PHONE_NUMBER.leastSensitivity()).isEqualTo(Sensitivity.POLICE_INTELLIGENCE);
        assertThat(ContextKind.PLACE.leastSensitivity()).isEqualTo(Sensitivity.STANDARD);
    }
}
