package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.internal.SecondFactorSeals.Outcome;
import org.safeguardinghub.shared.GeneratedSecrets;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a rotation of the key-encryption secret (the running one is the new secret, {@link #OLD} the
 * previous), second factors sealed with the previous secret are sealed again with the current one, at
 * a sign-in or by the re-sealing job, so {@code previous-secret} can then be removed without failing
 * anyone's code (ADR 0030). Before, they were opened with the previous secret at every sign-in and
 * never sealed again. The components are built here with both secrets; the database is the suite's.
 */
@HubIntegrationTest
class SecondFactorResealingIT {

    static final String OLD = "the-secret-before-the-rotation";
    static final Base32 BASE32 = new Base32();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ObjectProvider<GeneratedSecrets> generated;

    @Autowired
    DataSource dataSource;

    String current;
    SecondFactorSeals seals;
    SecondFactors factors;
    SecondFactorResealing resealing;

    @BeforeEach
    void rotated() throws Exception {
        current = Files.readString(SigningKeysIT.GENERATED_SECRET).strip();
        KeyEncryptionProperties properties = new KeyEncryptionProperties(current, OLD, 100);
        KeyEncryptionSecrets secrets = new KeyEncryptionSecrets(properties, generated);
        seals = new SecondFactorSeals(secrets, jdbc, audit, transactionManager);
        factors = new SecondFactors(jdbc, clock, seals);
        resealing = new SecondFactorResealing(seals, secrets, properties, jdbc, new TransactionTemplate(transactionManager));
    }

    /** Leaves no row for another test's run to find: what one test stored, reset, as an administrator would. */
    @AfterEach
    void reset() {
        jdbc.sql("""
                        update access.second_factor set removed_at = now(), removed_by = 'SecondFactorResealingIT'
                        where removed_at is null and practitioner_id in
                          (select id from access.practitioner where username like 'resealed-%')""").update();
    }

    @Test
    void aSignInSealsAgainWithTheCurrentSecretASecondFactorThePreviousOneSealed() throws Exception {
        UUID person = practitioner();
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        long id = storedUnder(OLD, person, secret, null);

        TotpPolicy.Decision decision = factors.check(person, code(secret), false);

        assertThat(decision.accepted()).isTrue();
        Map<String, Object> row = row(id);
        assertThat(new KeyEncryption(current).open((String) row.get("secret"), SecondFactorSeals.purpose(person)))
                .isEqualTo(secret);
        assertThat(row.get("sealed_with")).isEqualTo(seals.currentCheck());
        assertThat(audited(person)).isOne();
        // the next opening needs the current secret alone: the previous one no longer opens it
        assertThat(opensWith(OLD, row, person)).isFalse();
    }

    @Test
    void theJobSealsAgainTheRestLeavesWhatNeitherSecretOpensAndSaysWhenNoneIsLeft() throws Exception {
        UUID[] people = {practitioner(), practitioner(), practitioner(), practitioner(), practitioner()};
        String oldCheck = new KeyEncryption(OLD).checkValue(salt());
        long underOld = storedUnder(OLD, people[0], "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", null);
        long underOldMarked = storedUnder(OLD, people[1], "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK", oldCheck);
        // marked as the previous secret's but sealed with the current one: tried with the previous first, then opened
        long misMarked = storedUnder(current, people[4], "NBSWY3DPNBSWY3DPNBSWY3DPNBSWY3DP", oldCheck);
        long underCurrentUnmarked = storedUnder(current, people[2], "ONSWG4TFORSWG4TFONSWG4TFORSWG4TF", null);
        long underNeither = storedUnder("a-secret-nobody-configured", people[3], "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA", null);

        SecondFactorResealing.Run first = runUntilHeld();

        assertThat(first.noneLeft()).isFalse();
        assertThat(first.outcomes()).containsEntry(Outcome.CANNOT_OPEN, 1);
        for (long id : new long[] {underOld, underOldMarked, underCurrentUnmarked, misMarked}) {
            assertThat(row(id).get("sealed_with")).as("row %d", id).isEqualTo(seals.currentCheck());
        }
        assertThat(audited(people[0]) + audited(people[1])).isEqualTo(2);
        assertThat(audited(people[2]) + audited(people[4])).as("a mark changes no secret").isZero();
        assertThat(row(underNeither).get("sealed_with")).isNull();

        assertThat(runUntilHeld().outcomes()).as("what neither opens is tried once").isEmpty();
        jdbc.sql("update access.second_factor set removed_at = now(), removed_by = 'test' where id = :id")
                .param("id", underNeither).update();
        assertThat(runUntilHeld().noneLeft()).isTrue();
    }

    @Test
    void aRunDoesNoMoreRowsThanItsLimitAndTheNextGoesOn() throws Exception {
        UUID first = practitioner();
        UUID second = practitioner();
        long earlier = storedUnder(OLD, first, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", null);
        long later = storedUnder(OLD, second, "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK", null);

        SecondFactorResealing.Run one = runUntilHeld(1);

        assertThat(one.outcomes()).containsExactly(Map.entry(Outcome.RESEALED, 1));
        assertThat(one.noneLeft()).isFalse();
        assertThat(row(earlier).get("sealed_with")).isEqualTo(seals.currentCheck());
        assertThat(row(later).get("sealed_with")).as("past the limit").isNull();
        assertThat(runUntilHeld(1).outcomes()).containsExactly(Map.entry(Outcome.RESEALED, 1));
        assertThat(row(later).get("sealed_with")).isEqualTo(seals.currentCheck());
        assertThat(runUntilHeld(1).noneLeft()).isTrue();
    }

    /** Another node's job holds the turn: this one does nothing and says so, rather than derive the same keys. */
    @Test
    void aRunWhileAnotherNodeHoldsTheTurnChangesNothing() throws Exception {
        UUID person = practitioner();
        long id = storedUnder(OLD, person, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", null);
        String before = (String) row(id).get("secret");
        try (Connection otherNode = dataSource.getConnection(); Statement statement = otherNode.createStatement()) {
            statement.execute("select pg_advisory_lock(hashtext('access.second_factor re-sealing'))");

            SecondFactorResealing.Run run = resealing.run(100);

            assertThat(run.busy()).isTrue();
            assertThat(run.outcomes()).isEmpty();
            assertThat(run.noneLeft()).isFalse();
            assertThat(row(id).get("secret")).isEqualTo(before);
            statement.execute("select pg_advisory_unlock(hashtext('access.second_factor re-sealing'))");
        }
        runUntilHeld(100);
        assertThat(row(id).get("sealed_with")).isEqualTo(seals.currentCheck());
    }

    @Test
    void aRowReplacedSinceItWasReadIsLeftAsItIs() throws Exception {
        UUID person = practitioner();
        long id = storedUnder(OLD, person, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", null);
        SecondFactorSeals.Row read = new SecondFactorSeals.Row(id, person, (String) row(id).get("secret"), null);
        String replaced = new KeyEncryption(OLD).seal("MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK", SecondFactorSeals.purpose(person));
        jdbc.sql("update access.second_factor set secret = :s where id = :id").param("s", replaced).param("id", id).update();

        assertThat(seals.bringToCurrent(read)).isEqualTo(Outcome.CHANGED_MEANWHILE);
        assertThat(row(id).get("secret")).isEqualTo(replaced);
        assertThat(audited(person)).isZero();
    }

    /** Asked at every password sign-in and on every visit to the set-up page: each opening is a PBKDF2. */
    @Test
    void whetherACodeIsNeededAndSinceWhenAreToldWithoutOpeningTheSecret() {
        UUID person = practitioner();
        Instant since = jdbc.sql("""
                        insert into access.second_factor (practitioner_id, secret, created_at, confirmed_at)
                        values (:p, 'sealed:v1:not-a-seal-either-secret-opens', now(), now()) returning created_at""")
                .param("p", person).query(java.sql.Timestamp.class).single().toInstant();

        assertThat(factors.required(person)).isTrue();
        assertThat(factors.required(practitioner())).isFalse();
        Actor.Person signedIn = new Actor.Person(person, "resealed-" + person, "Re-sealed",
                new Agency(UUID.randomUUID(), "POLICE-NORTH", "Police", AgencyType.POLICE, "North"), Set.of(Role.PRACTITIONER));
        assertThat(new SecondFactorEnrolment(factors, audit).status(signedIn).confirmedSince()).isEqualTo(since);
    }

    @Test
    void anEnrolmentIsSealedWithTheCurrentSecretAndMarkedSo() throws Exception {
        UUID person = practitioner();
        String secret = factors.startEnrolment(person).orElseThrow();

        Map<String, Object> row = jdbc.sql("select id, secret, sealed_with from access.second_factor "
                + "where practitioner_id = :p and removed_at is null").param("p", person).query().singleRow();
        assertThat(row.get("sealed_with")).isEqualTo(seals.currentCheck());
        assertThat(new KeyEncryption(current).open((String) row.get("secret"), SecondFactorSeals.purpose(person)))
                .isEqualTo(secret);
    }

    /** The suite's own scheduled job may hold the turn for a moment; a run that did not get it is run again. */
    SecondFactorResealing.Run runUntilHeld() throws InterruptedException {
        return runUntilHeld(100);
    }

    SecondFactorResealing.Run runUntilHeld(int limit) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            SecondFactorResealing.Run run = resealing.run(limit);
            if (!run.busy()) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The re-sealing job's turn was never free");
    }

    long storedUnder(String secret, UUID person, String totpSecret, String sealedWith) {
        return jdbc.sql("""
                        insert into access.second_factor (practitioner_id, secret, sealed_with, created_at, confirmed_at)
                        values (:p, :secret, :sealedWith, now(), now()) returning id""")
                .param("p", person)
                .param("secret", new KeyEncryption(secret, 1_000).seal(totpSecret, SecondFactorSeals.purpose(person)))
                .param("sealedWith", sealedWith).query(Long.class).single();
    }

    UUID practitioner() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into access.practitioner (id, username, password_hash, display_name, agency_id, roles, created_at)
                        select :id, :username, password_hash, 'Re-sealed', agency_id, roles, now()
                        from access.practitioner where username = 'police.north'""")
                .param("id", id).param("username", "resealed-" + id).update();
        return id;
    }

    Map<String, Object> row(long id) {
        return jdbc.sql("select secret, sealed_with from access.second_factor where id = :id").param("id", id)
                .query().singleRow();
    }

    long audited(UUID person) {
        return jdbc.sql("select count(*) from access.audit_event where actor = 'key-encryption' "
                + "and action = 'CHANGE_SETTINGS' and detail like :about").param("about", "%" + person + "%")
                .query(Long.class).single();
    }

    boolean opensWith(String secret, Map<String, Object> row, UUID person) {
        try {
            new KeyEncryption(secret).open((String) row.get("secret"), SecondFactorSeals.purpose(person));
            return true;
        } catch (KeyEncryption.CannotOpen refused) {
            return false;
        }
    }

    String salt() {
        return jdbc.sql("select salt from access.key_check").query(String.class).single();
    }

    String code(String secret) {
        return TotpPolicy.code(BASE32.decode(secret), TotpPolicy.step(clock.instant()));
    }
}
