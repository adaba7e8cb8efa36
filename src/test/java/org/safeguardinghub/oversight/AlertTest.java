package org.safeguardinghub.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.chronology.ChildId;

/** People act on open alerts only; each act says what was done. */
class AlertTest {

    static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

    static Alert alert(Alert.Status status) {
        return new Alert(UUID.randomUUID(), new ChildId(UUID.randomUUID()), AlertCode.MISSING_TREND, Severity.HIGH, status,
                AT, AT, List.of(), List.of(), false, null, null, null, null, null);
    }

    @Test
    void openAndAcknowledgedAlertsCanBeActedOn() {
        assertThat(alert(Alert.Status.OPEN).acknowledge("sw", "Strategy meeting booked", AT).action())
                .isEqualTo(Alert.Action.ACKNOWLEDGED);
        assertThat(alert(Alert.Status.ACKNOWLEDGED).close("tm", "Child returned home safely", AT))
                .satisfies(acted -> {
                    assertThat(acted.action()).isEqualTo(Alert.Action.CLOSED);
                    assertThat(acted.code()).isEqualTo(AlertCode.MISSING_TREND);
                    assertThat(acted.note()).isEqualTo("Child returned home safely");
                });
    }

    @Test
    void closedAndWithdrawnAlertsCannot() {
        assertThatThrownBy(() -> alert(Alert.Status.CLOSED).close("tm", "again", AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> alert(Alert.Status.WITHDRAWN).acknowledge("tm", "x", AT))
                .isInstanceOf(IllegalStateException.class);
    }
}
