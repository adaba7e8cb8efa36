package org.safeguardinghub.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Administration;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What operators are told about the e-mail outbox: an e-mail given up on is failed, no longer waiting. */
@HubIntegrationTest
class OperationalCountsIT {

    @Autowired
    OperationalCounts counts;

    @Autowired
    Administration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmailGivenUpOnCountsAsFailedAndNoLongerAsWaiting() {
        UUID practitioner = newPractitioner();
        OperationalCounts.Counts before = counts.count();
        jdbc.sql("""
                        insert into notifications.notification (id, practitioner_id, subject, body, created_at,
                                                                email_attempts, email_failed_at, email_error)
                        values (:id, :p, 'Relay test', 'Given up on', :at, 6, :at, 'relay refused')""")
                .param("id", UUID.randomUUID()).param("p", practitioner).param("at", Timestamp.from(Instant.now()))
                .update();
        OperationalCounts.Counts after = counts.count();

        assertThat(after.emailsFailed()).isEqualTo(before.emailsFailed() + 1);
        // before, a given-up e-mail stayed "waiting" for a day and kept the outbox alert firing
        assertThat(after.emailsPending()).isLessThanOrEqualTo(before.emailsPending());
    }

    private UUID newPractitioner() {
        String username = "outbox." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(administration.addPractitioner(Administration.ChangedBy.system("test"), username, "Outbox test",
                null, null, null, "CSC-NORTH", null, Set.of("SOCIAL_WORKER"), HubIntegrationTest.SECRET).ok()).isTrue();
        return jdbc.sql("select id from access.practitioner where username = :u").param("u", username)
                .query(UUID.class).single();
    }
}
