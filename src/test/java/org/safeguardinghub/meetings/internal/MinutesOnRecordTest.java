package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.meetings.Minutes;

/** A correction tasks only the owners of actions that are new or changed; the first final minutes task every owner. */
class MinutesOnRecordTest {

    static Minutes minutes(int version, List<Minutes.Action> actions) {
        return new Minutes(UUID.randomUUID(), UUID.randomUUID(), version, version, LocalDate.of(2026, 12, 3), "Chair", Map.of(),
                null, null, null, List.of(), null, List.of(), actions, List.of(), List.of(), null, "sw", Instant.EPOCH);
    }

    @Test
    void onlyNewOrChangedActionsBecomeTasksAgain() {
        UUID owner = UUID.randomUUID();
        UUID agency = UUID.randomUUID();
        var kept = new Minutes.Action(UUID.randomUUID(), "Visit", owner, agency, LocalDate.of(2026, 12, 10), "Seen");
        var moved = new Minutes.Action(UUID.randomUUID(), "Report", owner, agency, LocalDate.of(2026, 12, 10), "Sent");
        var first = minutes(1, List.of(kept, moved));
        assertThat(MinutesOnRecord.tasks(Optional.empty(), first)).containsExactly(kept, moved);
        var later = new Minutes.Action(moved.id(), "Report", owner, agency, LocalDate.of(2026, 12, 17), "Sent");
        var added = new Minutes.Action(UUID.randomUUID(), "Call", owner, agency, LocalDate.of(2026, 12, 11), null);
        assertThat(MinutesOnRecord.tasks(Optional.of(first), minutes(2, List.of(kept, later, added))))
                .containsExactly(later, added);
    }
}
