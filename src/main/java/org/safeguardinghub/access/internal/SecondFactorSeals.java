package org.safeguardinghub.access.internal;

import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals and opens practitioners' TOTP secrets under the key-encryption secret, and keeps each row
 * sealed with the current one: a row the previous secret sealed is sealed again with the current
 * one when it is opened (at a sign-in) or by {@link SecondFactorResealing}, so that after a
 * rotation {@code previous-secret} can be removed without failing anyone's code (ADR 0030). Each
 * row names the secret that sealed it by a check value ({@code sealed_with}, V93), so the rows left
 * are found without opening every row.
 */
@Component
class SecondFactorSeals {

    static final String SYSTEM = "key-encryption";
    private static final Logger log = LoggerFactory.getLogger(SecondFactorSeals.class);

    /** A stored row as read: its id, whose it is, the sealed secret and the check value of what sealed it. */
    record Row(long id, UUID practitionerId, String secret, String sealedWith) {
    }

    /** A secret as stored: sealed, with the check value of the key-encryption secret that sealed it. */
    record Sealed(String secret, String sealedWith) {
    }

    /** What became of a row: already sealed with the current secret, re-sealed, marked, or not opened. */
    enum Outcome { CURRENT, RESEALED, MARKED, CHANGED_MEANWHILE, CANNOT_OPEN }

    private final KeyEncryptionSecrets secrets;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;
    private volatile String currentCheck;

    SecondFactorSeals(KeyEncryptionSecrets secrets, JdbcClient jdbc, AuditLog audit,
                      PlatformTransactionManager transactions) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The secret sealed with the current key-encryption secret, and the check value to store beside it. */
    Sealed seal(String secret, UUID practitionerId) {
        return new Sealed(secrets.current(false).seal(secret, purpose(practitionerId)), currentCheck());
    }

    /**
     * Opens the row's secret, and when it was not sealed with the current key-encryption secret
     * seals it again with that one (or, opened with the current one but not yet marked, marks it)
     * in a transaction of its own, so the next opening needs the current secret alone.
     */
    String open(Row row) {
        Opened opened = opened(row).orElseThrow(() -> new IllegalStateException("A second factor cannot be "
                + "opened with the key-encryption secret" + (secrets.previous().isPresent() ? "s" : "")
                + "; reset it on Administration"));
        keepCurrent(row, opened);
        return opened.secret();
    }

    /** Brings one row to the current key-encryption secret, as {@link #open} does, saying what it did. */
    Outcome bringToCurrent(Row row) {
        if (currentCheck().equals(row.sealedWith())) {
            return Outcome.CURRENT;
        }
        return opened(row).map(opened -> keepCurrent(row, opened)).orElse(Outcome.CANNOT_OPEN);
    }

    /** The check value of the current key-encryption secret under this installation's salt (V93). */
    String currentCheck() {
        String check = currentCheck;
        if (check == null) {
            // one PBKDF2 a process: the current secret does not change while it runs
            check = secrets.current(false).checkValue(salt());
            currentCheck = check;
        }
        return check;
    }

    private record Opened(String secret, boolean withCurrent) {
    }

    /**
     * Opens with the current secret, then the previous; the previous first when the row is marked as
     * sealed with another secret than the current (each try that fails is a PBKDF2 spent in vain).
     */
    private Optional<Opened> opened(Row row) {
        boolean sealedWithAnother = row.sealedWith() != null && !row.sealedWith().equals(currentCheck());
        Optional<Opened> withCurrent = sealedWithAnother ? Optional.empty() : openWith(secrets.current(false), row, true);
        return withCurrent
                .or(() -> secrets.previous().flatMap(previous -> openWith(previous, row, false)))
                .or(() -> sealedWithAnother ? openWith(secrets.current(false), row, true) : Optional.empty());
    }

    private static Optional<Opened> openWith(KeyEncryption encryption, Row row, boolean current) {
        try {
            return Optional.of(new Opened(encryption.open(row.secret(), purpose(row.practitionerId())), current));
        } catch (KeyEncryption.CannotOpen wrong) {
            return Optional.empty();
        }
    }

    private Outcome keepCurrent(Row row, Opened opened) {
        if (opened.withCurrent()) {
            return currentCheck().equals(row.sealedWith()) ? Outcome.CURRENT
                    : replace(row, row.secret()) ? Outcome.MARKED : Outcome.CHANGED_MEANWHILE;
        }
        return replace(row, seal(opened.secret(), row.practitionerId()).secret()) ? Outcome.RESEALED : Outcome.CHANGED_MEANWHILE;
    }

    /**
     * Stores the row's secret as sealed now, only if it is still what was read (a sign-in and the job,
     * or two nodes, may both re-seal it; a reset or new enrolment may have replaced it). A re-seal is
     * audited; a mark, which changes no secret, is not.
     */
    private boolean replace(Row row, String sealed) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            boolean changed = jdbc.sql("""
                            update access.second_factor set secret = :sealed, sealed_with = :check
                            where id = :id and secret = :read""")
                    .param("sealed", sealed).param("check", currentCheck()).param("id", row.id())
                    .param("read", row.secret()).update() == 1;
            if (changed && !sealed.equals(row.secret())) {
                String detail = "The second factor of practitioner " + row.practitionerId()
                        + " is now sealed with the current key-encryption secret";
                audit.recordSystem(SYSTEM, AuditAction.CHANGE_SETTINGS, detail);
                log.info(detail);
            }
            return changed;
        }));
    }

    private String salt() {
        return jdbc.sql("select salt from access.key_check").query(String.class).single();
    }

    static String purpose(UUID practitionerId) {
        return "second-factor:" + practitionerId;
    }
}
