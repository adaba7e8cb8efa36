package org.safeguardinghub.oversight.internal;

import java.util.List;

import org.safeguardinghub.oversight.Alert;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People's acknowledgements and closings of alerts. Each changes the alert only while it is still
 * open (issue 18): of two closings at once, or an acknowledgement racing a closing, the later finds
 * the alert closed and records nothing, so a closed alert is never reopened as acknowledged and
 * its history and the child's chronology tell each step once.
 */
@Repository
public class AlertActionStore {

    private static final String STILL_OPEN = " where id = :id and status in ('OPEN', 'ACKNOWLEDGED')";

    private final JdbcClient jdbc;
    private final AlertStore alerts;

    AlertActionStore(JdbcClient jdbc, AlertStore alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    /** The step with its entry in the alert's history; false, and nothing recorded, when the alert was no longer open. */
    public boolean record(Alert.Acted acted) {
        boolean closing = acted.action() == Alert.Action.CLOSED;
        int changed = jdbc.sql((closing
                        ? "update oversight.alert set status = 'CLOSED', closed_at = :at, closed_by = :by, close_reason = :note, updated_at = :at"
                        : "update oversight.alert set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, :at), acknowledged_by = coalesce(acknowledged_by, :by), updated_at = :at")
                        + STILL_OPEN)
                .param("at", Timestamps.of(acted.at())).param("by", acted.by()).param("note", acted.note())
                .param("id", acted.alertId()).update();
        if (changed == 0) {
            return false;
        }
        alerts.history(List.<Object[]>of(new Object[] {acted.alertId(), Timestamps.of(acted.at()), acted.by(),
                acted.action().name(), acted.note(), null}));
        return true;
    }
}
