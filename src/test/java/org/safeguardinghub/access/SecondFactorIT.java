package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.internal.TotpPolicy;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practitioner sets up a TOTP second factor (its secret sealed at rest); signing in then asks for a
 * code after the password, refuses a wrong or reused one, locks after ten wrong ones; an
 * administrator's reset (audited) lets them in with the password alone (issue 18, ADR 0030).
 */
@HubIntegrationTest
class SecondFactorIT {

    static final Administration.ChangedBy ADMIN = Administration.ChangedBy.system("test");
    static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    Administration administration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** The step of the code that confirmed the last enrolment. */
    long enrolledAt;

    @AfterEach
    void backToTheRealTime() {
        TestClock.reset();
    }

    @Test
    void signingInAsksForTheCodeOnceSetUpAndAnAdministratorCanResetIt() {
        String username = newPractitioner();
        byte[] secret = enrol(username);
        assertThat(jdbc.sql("select secret from access.second_factor sf join access.practitioner p on p.id = sf.practitioner_id "
                + "where p.username = :u").param("u", username).query(String.class).single()).startsWith("sealed:v1:");

        WebSession session = new WebSession(port);
        assertThat(session.signIn(username, HubIntegrationTest.SECRET).location()).doesNotContain("error");
        assertThat(session.get("/").location()).endsWith("/login/second-factor");
        assertThat(session.get("/admin").location()).as("no role before the code").endsWith("/login/second-factor");
        assertThat(session.get("/login/second-factor").body()).contains("Enter your code");
        assertThat(session.post("/login/second-factor", Map.of("code", code(secret, -3))).body())
                .contains("The code was not recognised");
        assertThat(session.post("/login/second-factor", Map.of("code", TotpPolicy.code(secret, enrolledAt))).body())
                .as("the code used at enrolment").contains("That code has been used already");

        TestClock.advance(Duration.ofSeconds(30));
        WebSession.Page done = session.post("/login/second-factor", Map.of("code", code(secret, 0)));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/");
        assertThat(session.get("/").status()).isEqualTo(200);
        assertThat(audit(username, "SIGN_IN")).isEqualTo(2);
        assertThat(audit(username, "ENROL_SECOND_FACTOR")).isEqualTo(1);

        assertThat(administration.resetSecondFactor(ADMIN, username).ok()).isTrue();
        WebSession after = WebSession.signedIn(port, username);
        assertThat(after.get("/").status()).as("password alone after a reset").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'RESET_SECOND_FACTOR' and detail = :u")
                .param("u", username).query(Integer.class).single()).isEqualTo(1);
        assertThat(administration.resetSecondFactor(ADMIN, username).errors())
                .containsEntry("username", "admin.error.secondFactor.none");
    }

    @Test
    void theCodeStepGivesANewCsrfToken() {
        String username = newPractitioner();
        byte[] secret = enrol(username);
        WebSession session = new WebSession(port);
        session.signIn(username, HubIntegrationTest.SECRET);
        session.get("/login/second-factor");
        String beforeTheCode = session.csrf();

        TestClock.advance(Duration.ofSeconds(30));
        assertThat(session.post("/login/second-factor", Map.of("code", code(secret, 0))).location()).endsWith("/");

        WebSession.Page stale = session.postRaw("/logout", "_csrf=" + beforeTheCode);
        assertThat(stale.status()).as("the token seen before the code is refused").isEqualTo(403);
        assertThat(session.get("/").status()).as("still signed in").isEqualTo(200);
        assertThat(session.post("/logout", Map.of()).location()).as("the new token works").endsWith("/login?signedOut");
    }

    @Test
    void tenWrongCodesLockTheAccountAndSignThePersonOut() {
        String username = newPractitioner();
        byte[] secret = enrol(username);
        WebSession session = new WebSession(port);
        session.signIn(username, HubIntegrationTest.SECRET);
        session.get("/login/second-factor");
        for (int i = 0; i < 10; i++) {
            assertThat(session.post("/login/second-factor", Map.of("code", code(secret, -5))).status()).isEqualTo(200);
        }
        TestClock.advance(Duration.ofSeconds(30));
        WebSession.Page locked = session.post("/login/second-factor", Map.of("code", code(secret, 0)));
        assertThat(locked.location()).as("even the right code").endsWith("/login?error");
        assertThat(session.get("/").location()).endsWith("/login");
        assertThat(new WebSession(port).signIn(username, HubIntegrationTest.SECRET).location()).endsWith("/login?error");
    }

    @Test
    void wrongCodesSentAtOnceHaveNoMoreChecksThanTheLimit() throws Exception {
        String username = newPractitioner();
        byte[] secret = enrol(username);
        List<WebSession> sessions = IntStream.range(0, 20).mapToObj(i -> new WebSession(port)).toList();
        for (WebSession session : sessions) {
            session.signIn(username, HubIntegrationTest.SECRET);
            assertThat(session.get("/login/second-factor").body()).contains("Enter your code");
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<WebSession.Page>> answers = sessions.stream().map(session -> threads.submit(() -> {
                start.await();
                return session.post("/login/second-factor", Map.of("code", code(secret, -5)));
            })).toList();
            start.countDown();
            for (Future<WebSession.Page> answer : answers) {
                WebSession.Page page = answer.get();
                assertThat(page.status() == 200 || page.location().endsWith("/login?error"))
                        .as("a wrong code answered, or refused: none signs in").isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from access.audit_event where actor = :u and detail = 'second factor: WRONG_CODE'")
                .param("u", username).query(Integer.class).single()).as("codes checked").isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from access.audit_event where actor = :u and detail like 'second factor: ACCOUNT_LOCKED%'")
                .param("u", username).query(Integer.class).single()).as("refused unchecked").isEqualTo(10);
        SignInLockoutIT.giveTheAddressItsFailuresBack(jdbc, username);
    }

    @Test
    void enrolmentIsConfirmedOnlyByAGoodCode() {
        String username = newPractitioner();
        WebSession session = WebSession.signedIn(port, username);
        assertThat(session.get("/account/second-factor").body()).contains("Set up a second factor");
        session.post("/account/second-factor", Map.of());
        byte[] secret = secretOn(session.get("/account/second-factor").body());
        assertThat(session.post("/account/second-factor/confirm", Map.of("code", "12a456")).body())
                .contains("Enter the 6 digits your app shows");
        assertThat(session.post("/account/second-factor/confirm", Map.of("code", code(secret, 3))).body())
                .contains("The code was not recognised");
        assertThat(audit(username, "ENROL_SECOND_FACTOR")).isZero();
        assertThat(WebSession.signedIn(port, username).get("/").status()).as("not required until confirmed").isEqualTo(200);
    }

    private String newPractitioner() {
        String username = "totp." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(administration.addPractitioner(ADMIN, username, "Second factor social worker", null, null, null,
                "CSC-NORTH", null, Set.of("SOCIAL_WORKER"), HubIntegrationTest.SECRET).ok()).isTrue();
        return username;
    }

    /** Sets up a second factor through the pages, as the person would, and returns its secret. */
    private byte[] enrol(String username) {
        WebSession session = WebSession.signedIn(port, username);
        assertThat(session.get("/account/second-factor").body()).contains("Set up a second factor");
        assertThat(session.post("/account/second-factor", Map.of()).location()).endsWith("/account/second-factor");
        String page = session.get("/account/second-factor").body();
        assertThat(page).contains("otpauth://totp/Safeguarding%20Hub:" + username + "?secret=");
        byte[] secret = secretOn(page);
        enrolledAt = TotpPolicy.step(clock.instant());
        WebSession.Page confirmed = session.post("/account/second-factor/confirm",
                Map.of("code", TotpPolicy.code(secret, enrolledAt)));
        assertThat(confirmed.location()).endsWith("/account/second-factor?enrolled");
        assertThat(session.get("/account/second-factor").body()).contains("Your second factor has been set up since");
        return secret;
    }

    private static byte[] secretOn(String page) {
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the secret shown as text").isTrue();
        return new Base32().decode(matcher.group(1).replace(" ", ""));
    }

    /** The code the person's app shows, {@code steps} steps from the hub's now. */
    private String code(byte[] secret, int steps) {
        return TotpPolicy.code(secret, TotpPolicy.step(clock.instant()) + steps);
    }

    private int audit(String username, String action) {
        return jdbc.sql("select count(*) from access.audit_event where actor = :u and action = :a")
                .param("u", username).param("a", action).query(Integer.class).single();
    }
}
