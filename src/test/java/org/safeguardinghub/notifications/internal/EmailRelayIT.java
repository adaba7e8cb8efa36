package org.safeguardinghub.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.notifications.Notifications;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The e-mail relay (issue 18, ADR 0033) against the real database and a real SMTP server on
 * loopback: one notification is one e-mail even with relays polling at once (each relay round is
 * what one node runs; they share nothing but the database, as two nodes do); a failed send is tried
 * again after the retry delay, and given up after the last attempt, marked failed and counted.
 */
@HubIntegrationTest
class EmailRelayIT {

    @Autowired
    Notifications notifications;

    @Autowired
    EmailOutbox relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void oneNotificationIsOneEmailWithFourRelaysPollingAtOnce() throws Exception {
        String subject = "Relay once " + UUID.randomUUID();
        notifications.tell(List.of(practitioner("sw.north")), null, subject, "Something to look at", "/inbox");
        ExecutorService relays = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                rounds.add(() -> {
                    int sent = 0;
                    for (int i = 0; i < 25; i++) {
                        sent += relay.send();
                    }
                    return sent;
                });
            }
            for (Future<Integer> round : relays.invokeAll(rounds)) {
                round.get();
            }
        } finally {
            relays.shutdown();
        }
        TestMailServer.await("sw.north@csc-north.example", subject);
        Thread.sleep(2_000); // the scheduled relay runs every second too: give a second copy time to arrive
        assertThat(received(subject)).hasSize(1);
        Map<String, Object> row = row(subject);
        assertThat(row.get("email_sent_at")).isNotNull();
        assertThat(row.get("email_attempts")).isEqualTo(1);
        assertThat(row.get("email_claimed_until")).isNull();
    }

    @Test
    void aFailedSendIsTriedAgainAfterTheDelayAndSentOnce() throws Exception {
        UUID person = practitionerWithEmail("retry-" + shortId() + " @example.test"); // a space: no valid address
        String subject = "Relay retry " + UUID.randomUUID();
        notifications.tell(List.of(person), null, subject, "Something to look at", "/inbox");
        awaitAttempts(subject, 1);
        Map<String, Object> failed = row(subject);
        assertThat(failed.get("email_sent_at")).isNull();
        assertThat(failed.get("email_error")).isNotNull();
        assertThat(failed.get("email_next_attempt_at")).isNotNull();
        for (int i = 0; i < 5; i++) {
            relay.send(); // not due yet: nothing is tried before the delay has passed
        }
        assertThat(row(subject).get("email_attempts")).isEqualTo(1);

        String fixed = "retry-" + shortId() + "@example.test";
        jdbc.sql("update access.practitioner set email = :email where id = :id").param("email", fixed).param("id", person)
                .update();
        TestClock.advance(Duration.ofMinutes(2));
        awaitAttempts(subject, 2);
        MimeMessage mail = TestMailServer.await(fixed, subject);
        assertThat(mail.getSubject()).isEqualTo(subject);
        Thread.sleep(1_500);
        assertThat(received(subject)).hasSize(1);
        assertThat(row(subject).get("email_sent_at")).isNotNull();
        assertThat(row(subject).get("email_failed_at")).isNull();
    }

    @Test
    void anEmailThatKeepsFailingIsGivenUpAfterTheLastAttemptAndCounted() throws Exception {
        UUID person = practitionerWithEmail("never " + shortId() + "@example.test");
        String subject = "Relay give up " + UUID.randomUUID();
        notifications.tell(List.of(person), null, subject, "Something to look at", "/inbox");
        for (int attempt = 1; attempt <= 6; attempt++) {
            awaitAttempts(subject, attempt);
            TestClock.advance(Duration.ofMinutes(31)); // past the longest retry delay
        }
        awaitFailed(subject);
        relay.send();
        Map<String, Object> row = row(subject);
        assertThat(row.get("email_attempts")).isEqualTo(6);
        assertThat(row.get("email_sent_at")).isNull();
        assertThat(meters.get("safeguarding.notifications.emails.failed").functionCounter().count())
                .isGreaterThanOrEqualTo(1.0);
    }

    void awaitAttempts(String subject, int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> row = row(subject);
            if (((Integer) row.get("email_attempts")) >= attempts && row.get("email_claimed_until") == null) {
                assertThat(row.get("email_attempts")).isEqualTo(attempts);
                return;
            }
            relay.send();
            Thread.sleep(100);
        }
        throw new AssertionError("attempt " + attempts + " never made: " + row(subject));
    }

    void awaitFailed(String subject) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (row(subject).get("email_failed_at") == null) {
            assertThat(System.nanoTime()).as("marked failed in time: " + row(subject)).isLessThan(deadline);
            relay.send();
            Thread.sleep(100);
        }
    }

    Map<String, Object> row(String subject) {
        return jdbc.sql("""
                select email_attempts, email_sent_at, email_claimed_until, email_next_attempt_at, email_failed_at,
                       email_error
                from notifications.notification where subject = :subject""").param("subject", subject)
                .query().singleRow();
    }

    static List<MimeMessage> received(String subject) {
        return Arrays.stream(TestMailServer.server().getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    UUID practitioner(String username) {
        return jdbc.sql("select id from access.practitioner where username = :u").param("u", username)
                .query(UUID.class).single();
    }

    /** A new practitioner of sw.north's agency and roles, with this e-mail address. */
    UUID practitionerWithEmail(String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into access.practitioner (id, username, password_hash, display_name, email, agency_id, roles,
                                                 created_at)
                select :id, :username, password_hash, 'Relay test', :email, agency_id, roles, now()
                from access.practitioner where username = 'sw.north'""")
                .param("id", id).param("username", "relay-" + shortId()).param("email", email).update();
        return id;
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
