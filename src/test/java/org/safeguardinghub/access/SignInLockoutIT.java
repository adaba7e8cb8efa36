package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ten wrong passwords lock an account until its failures age out, the right password included,
 * with the same answer as a wrong one; an unknown username costs no password hash (issue 18).
 */
@HubIntegrationTest
class SignInLockoutIT {

    static final String HASHES = "safeguarding.access.password.hashes";

    @LocalServerPort
    int port;

    @Autowired
    Administration administration;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheRealTime() {
        TestClock.reset();
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilTheFailuresAgeOut() {
        String username = newPractitioner();
        for (int i = 0; i < 10; i++) {
            assertRefused(new WebSession(port).signIn(username, "wrong-password-" + i));
        }
        double before = hashes();
        WebSession.Page locked = new WebSession(port).signIn(username, HubIntegrationTest.SECRET);
        assertRefused(locked);
        assertThat(hashes()).as("a locked account's password is not even hashed").isEqualTo(before);
        assertThat(failedDetails(username)).anyMatch(detail -> detail.startsWith("ACCOUNT_LOCKED after 10 failures"));

        TestClock.advance(Duration.ofMinutes(14));
        assertRefused(new WebSession(port).signIn(username, HubIntegrationTest.SECRET));
        TestClock.advance(Duration.ofMinutes(1).plusSeconds(5));
        assertSignedIn(new WebSession(port).signIn(username, HubIntegrationTest.SECRET));
    }

    @Test
    void theRightPasswordAfterFewerFailuresSignsInAndStartsTheCountAgain() {
        String username = newPractitioner();
        for (int i = 0; i < 9; i++) {
            assertRefused(new WebSession(port).signIn(username, "wrong-password-" + i));
        }
        assertSignedIn(new WebSession(port).signIn(username, HubIntegrationTest.SECRET));
        for (int i = 0; i < 9; i++) {
            assertRefused(new WebSession(port).signIn(username, "wrong-password-" + i));
        }
        assertSignedIn(new WebSession(port).signIn(username, HubIntegrationTest.SECRET));
    }

    @Test
    void wrongPasswordsSentAtOnceHaveNoMorePasswordChecksThanTheLimit() throws Exception {
        String username = newPractitioner();
        List<WebSession> sessions = IntStream.range(0, 20).mapToObj(i -> new WebSession(port)).toList();
        sessions.forEach(session -> session.get("/login"));
        double before = hashes();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<WebSession.Page>> answers = sessions.stream().map(session -> threads.submit(() -> {
                start.await();
                return session.post("/login", Map.of("username", username, "password", "wrong-password"));
            })).toList();
            start.countDown();
            for (Future<WebSession.Page> answer : answers) {
                assertRefused(answer.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(hashes()).as("ten checked, the other ten refused before any hash").isEqualTo(before + 10);
        assertThat(jdbc.sql("select count(*) from access.sign_in_attempt where username = :u and not succeeded")
                .param("u", username).query(Integer.class).single()).isEqualTo(10);
        assertRefused(new WebSession(port).signIn(username, HubIntegrationTest.SECRET));
        giveTheAddressItsFailuresBack(jdbc, username);
    }

    /**
     * Every test signs in from the loopback address, whose 100 failures a window are shared by the
     * whole suite: a test that spends ten at once on one username takes them back when done.
     */
    static void giveTheAddressItsFailuresBack(JdbcClient jdbc, String username) {
        jdbc.sql("delete from access.sign_in_attempt where username = :u").param("u", username).update();
    }

    @Test
    void anUnknownUsernameComputesNoHashAndGetsTheSameAnswer() {
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        String known = newPractitioner();
        WebSession.Page wrongPassword = new WebSession(port).signIn(known, "wrong-password");
        double before = hashes();
        for (int i = 0; i < 12; i++) {
            WebSession.Page page = new WebSession(port).signIn(unknown, "any-password-" + i);
            assertThat(page.status()).isEqualTo(wrongPassword.status());
            assertThat(page.location()).isEqualTo(wrongPassword.location());
        }
        assertThat(hashes()).as("no password hash for an unknown username").isEqualTo(before);
        new WebSession(port).signIn(known, "wrong-password-again");
        assertThat(hashes()).as("the counter does count a real check").isEqualTo(before + 1);
    }

    private String newPractitioner() {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(administration.addPractitioner(Administration.ChangedBy.system("test"), username, "Lock-out test",
                null, null, null, "CSC-NORTH", null, Set.of("SOCIAL_WORKER"), HubIntegrationTest.SECRET).ok()).isTrue();
        return username;
    }

    private double hashes() {
        return meters.get(HASHES).counter().count();
    }

    private java.util.List<String> failedDetails(String username) {
        return jdbc.sql("select detail from access.audit_event where actor = :u and action = 'SIGN_IN_FAILED'")
                .param("u", username).query(String.class).list();
    }

    private static void assertRefused(WebSession.Page page) {
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login?error");
    }

    private static void assertSignedIn(WebSession.Page page) {
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).doesNotContain("error");
    }
}
