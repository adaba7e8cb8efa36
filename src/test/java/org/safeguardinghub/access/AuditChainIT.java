package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.SafeguardingHubApplication;
import org.safeguardinghub.access.internal.audit.AuditSealer;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's hash chain on the real database (issue #12, done-when): {@code admin verify-audit}
 * passes on the log as written, names an entry changed directly in the database, and passes again
 * once it is put back; the sealer passes over a rolled-back id only behind an entry older than the
 * horizon. Each test leaves the log intact, as the other tests of the run expect it.
 */
@HubIntegrationTest
class AuditChainIT {

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditSealer sealer;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    Agencies agencies;

    @Test
    void verifyAuditNamesAnEntryChangedDirectlyInTheDatabaseAndPassesOnceItIsPutBack() throws Exception {
        String detail = TestEvents.unique("sealed entry");
        auditLog.recordSystem("test", AuditAction.VIEW_AUDIT, detail);
        long id = entry(detail);
        awaitSealed(id);
        assertThat(verifyAudit()).startsWith("0\n").contains("The audit log is intact");

        alter(id, "nothing to see here");
        try {
            String report = verifyAudit();
            assertThat(report).startsWith("1\n").contains("NOT as it was sealed: 1 problem.")
                    .contains("Entry " + id + " has been changed since it was sealed.");
        } finally {
            alter(id, detail);
        }
        assertThat(verifyAudit()).startsWith("0\n");
    }

    /** ADR 0043: the children an entry names for a batch are sealed with it; changing them is reported. */
    @Test
    void theChildrenOfABatchEntryAreSealedWithIt() throws Exception {
        String detail = TestEvents.unique("batch entry");
        Actor.Person sender = new Actor.Person(java.util.UUID.randomUUID(), "batch-sender", "Batch sender",
                agencies.byCode("POLICE-NORTH").orElseThrow(), java.util.Set.of(Role.PRACTITIONER));
        auditLog.recordBatch(sender, AuditAction.RECEIVE_EVENTS, java.util.List.of(java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID()), detail);
        long id = entry(detail);
        awaitSealed(id);
        assertThat(verifyAudit()).startsWith("0\n");
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table access.audit_event disable trigger audit_event_append_only").update();
            jdbc.sql("update access.audit_event set children = array[children[1]] where id = :id").param("id", id).update();
            try {
                assertThat(verifyAudit()).startsWith("1\n").contains("Entry " + id + " has been changed since it was sealed.");
            } finally {
                status.setRollbackOnly();
            }
        });
        assertThat(verifyAudit()).startsWith("0\n");
    }

    /**
     * Since V86 no key ties a seal to its entry (ADR 0042): a sealed entry deleted directly, with the
     * append-only trigger switched off, is what verification names. Before, the key refused the delete.
     */
    @Test
    void verifyAuditNamesASealedEntryDeletedDirectlyInTheDatabase() throws Exception {
        String detail = TestEvents.unique("deleted entry");
        auditLog.recordSystem("test", AuditAction.VIEW_AUDIT, detail);
        long id = entry(detail);
        awaitSealed(id);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table access.audit_event disable trigger audit_event_append_only").update();
            jdbc.sql("create temporary table kept on commit drop as select * from access.audit_event where id = :id")
                    .param("id", id).update();
            jdbc.sql("delete from access.audit_event where id = :id").param("id", id).update();
            try {
                assertThat(verifyAudit()).startsWith("1\n").contains("Entry " + id + " was sealed but is no longer in the log.");
            } finally {
                jdbc.sql("insert into access.audit_event overriding system value select * from kept").update();
                jdbc.sql("alter table access.audit_event enable trigger audit_event_append_only").update();
            }
        });
        assertThat(verifyAudit()).startsWith("0\n");
    }

    @Test
    void aRolledBackEntryHoldsTheChainOnlyUntilTheEntryAfterItIsOlderThanTheHorizon() throws Exception {
        String rolledBackDetail = TestEvents.unique("rolled back");
        long rolledBack = transactions.execute(status -> {
            auditLog.recordSystem("test", AuditAction.VIEW_AUDIT, rolledBackDetail);
            status.setRollbackOnly();
            return jdbc.sql("select id from access.audit_event where detail = :d").param("d", rolledBackDetail)
                    .query(Long.class).single();
        });
        String detail = TestEvents.unique("after a rollback");
        auditLog.recordSystem("test", AuditAction.VIEW_AUDIT, detail);
        long after = jdbc.sql("select id from access.audit_event where detail = :d").param("d", detail).query(Long.class).single();

        sealer.seal(Duration.ofHours(1));
        assertThat(sealed(after)).as("its place might still be taken by a transaction running now").isZero();
        awaitSealed(after);
        assertThat(jdbc.sql("select count(*) from access.audit_seal where previous_event_id < :id and event_id > :id")
                .param("id", rolledBack).query(Long.class).single()).as("the id passed over as empty").isEqualTo(1);
        assertThat(verifyAudit()).startsWith("0\n");
    }

    @Test
    void theSealsThemselvesRefuseChanges() {
        assertThatThrownBy(() -> jdbc.sql("update access.audit_seal set sealed_at = now()").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access.audit_seal").update()).hasMessageContaining("append-only");
    }

    @Test
    void aChainHashKeptFromAnEarlierRunProvesTheChainWasNotRebuilt() throws Exception {
        String detail = TestEvents.unique("head");
        auditLog.recordSystem("test", AuditAction.VIEW_AUDIT, detail);
        awaitSealed(entry(detail));
        Matcher head = Pattern.compile("Last seal: (\\d+):([0-9a-f]{64})").matcher(verifyAudit());
        assertThat(head.find()).isTrue();
        String other = (head.group(2).charAt(0) == '0' ? "1" : "0") + head.group(2).substring(1);

        assertThat(verifyAudit("--head=" + head.group(1) + ":" + head.group(2))).startsWith("0\n");
        assertThat(verifyAudit("--head=" + head.group(1) + ":" + other)).startsWith("1\n")
                .contains("The seal of entry " + head.group(1) + " no longer has the chain hash given with --head");
        assertThat(verifyAudit("--head=" + head.group(1))).startsWith("2\n").contains("--head must be ID:HASH");
    }

    @Test
    void theCommandRunsAsFromTheJarWithoutAWebServerAndAnswersWithItsExitStatus() throws Exception {
        String detail = TestEvents.unique("from the jar");
        auditLog.recordSystem("test", AuditAction.VIEW_AUDIT, detail);
        awaitSealed(entry(detail));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = AdminCommandLine.run(SafeguardingHubApplication.class, new String[] {"admin", "verify-audit",
                "--spring.datasource.url=" + dataSource.getJdbcUrl(), "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + dataSource.getPassword(), "--logging.level.root=WARN"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The audit log is intact");
        assertThat(status).isZero();
        assertThat(new WebSession(port).signIn("dpo", HubIntegrationTest.SECRET).location())
                .as("the command left the demo accounts alone").doesNotContain("error");
    }

    /** The id of the one entry with this (unique) detail. */
    private long entry(String detail) {
        return jdbc.sql("select id from access.audit_event where detail = :d").param("d", detail).query(Long.class).single();
    }

    /** Seals until the entry is; the horizon is shorter than in production so that a rolled-back id does not hold the test up. */
    private void awaitSealed(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sealed(id) == 0) {
            assertThat(System.nanoTime()).as("entry %d sealed", id).isLessThan(deadline);
            sealer.seal(Duration.ofSeconds(10));
            Thread.sleep(200);
        }
    }

    private long sealed(long id) {
        return jdbc.sql("select count(*) from access.audit_seal where event_id = :id").param("id", id).query(Long.class).single();
    }

    /** What someone with the database's owner rights can do: switch off the append-only trigger, update, switch it on. */
    private void alter(long id, String detail) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table access.audit_event disable trigger audit_event_append_only").update();
            jdbc.sql("update access.audit_event set detail = :d where id = :id").param("d", detail).param("id", id).update();
            jdbc.sql("alter table access.audit_event enable trigger audit_event_append_only").update();
        });
    }

    /** Runs {@code admin verify-audit} with these options: its exit status on the first line, then what it printed. */
    private String verifyAudit(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "admin";
        args[1] = "verify-audit";
        System.arraycopy(options, 0, args, 2, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = AdminCommandLine.execute(context, "verify-audit", AdminCommandLine.options(args),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return status + "\n" + out.toString(StandardCharsets.UTF_8);
    }
}
