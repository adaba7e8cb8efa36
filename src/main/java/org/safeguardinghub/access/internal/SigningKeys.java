package org.safeguardinghub.access.internal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Decision;
import org.safeguardinghub.access.internal.SigningKeyAtRestPolicy.Stored;
import org.safeguardinghub.shared.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA key that signs partner API tokens. It is made once and kept in the database, so tokens
 * survive restarts and every node behind a load balancer accepts every node's tokens; it is kept
 * there encrypted ({@link KeyEncryption}) with a secret from configuration, never in clear
 * (ADR 0021). It is loaded when the application starts, so a missing or wrong secret stops the
 * start rather than a partner's first request; a key an earlier release stored in clear is
 * encrypted then, and one encrypted with the previous secret is encrypted again with the current.
 */
@Component
@ConditionalOnWebApplication
class SigningKeys implements InitializingBean {

    static final String KEY_ID = "api-token-key";
    private static final String STARTUP = "system:start";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KeyEncryptionSecrets secrets;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private volatile RSAKey key;

    SigningKeys(JdbcClient jdbc, Clock clock, KeyEncryptionSecrets secrets, AuditLog audit,
                TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secrets = secrets;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        key = load();
    }

    RSAKey current() {
        return key;
    }

    private RSAKey load() {
        Optional<String> stored = stored();
        Stored state = stored.isEmpty() ? Stored.NONE
                : KeyEncryption.isSealed(stored.get()) ? Stored.SEALED : Stored.CLEAR;
        Decision decision = SigningKeyAtRestPolicy.decide(state, secrets.availability());
        log.info("API token signing key: {} ({}), secret from {}", decision.step(), decision.reason(), secrets.where());
        return switch (decision.step()) {
            case REFUSE -> throw secrets.refusal(decision.reason());
            case CREATE_SEALED -> create(secrets.current(decision.generateSecret()));
            case SEAL_CLEAR_KEY -> sealClearKey(stored.orElseThrow(), secrets.current(decision.generateSecret()));
            case OPEN -> open(stored.orElseThrow());
        };
    }

    private RSAKey create(KeyEncryption encryption) {
        RSAKey fresh = generate();
        int inserted = jdbc.sql("insert into access.signing_key (key_id, jwk, created_at) values (:id, :jwk, :at) "
                        + "on conflict do nothing")
                .param("id", KEY_ID)
                .param("jwk", encryption.seal(fresh.toJSONString(), KEY_ID))
                .param("at", Timestamps.of(clock))
                .update();
        // another node may have stored its key first: every node uses the one stored
        return inserted == 1 ? fresh : open(stored().orElseThrow());
    }

    /** Encrypts in place the key an earlier release stored in clear, after checking the sealed copy opens to it. */
    private RSAKey sealClearKey(String clear, KeyEncryption encryption) {
        RSAKey existing = parse(clear);
        String sealed = encryption.seal(clear, KEY_ID);
        try {
            if (!encryption.open(sealed, KEY_ID).equals(clear)) {
                throw new IllegalStateException("The sealed signing key does not open to the stored one");
            }
        } catch (KeyEncryption.CannotOpen e) {
            throw new IllegalStateException("The sealed signing key does not open", e);
        }
        replace(clear, sealed, "The API token signing key " + existing.getKeyID()
                + ", stored in clear by an earlier release, is now encrypted at rest");
        return existing;
    }

    private RSAKey open(String sealed) {
        try {
            return parse(secrets.current(false).open(sealed, KEY_ID));
        } catch (KeyEncryption.CannotOpen wrong) {
            Optional<KeyEncryption> previous = secrets.previous();
            if (previous.isEmpty()) {
                throw secrets.wrongSecret(wrong);
            }
            return reseal(sealed, previous.get());
        }
    }

    /** The secret has changed: opens the key with the previous secret and seals it with the current one. */
    private RSAKey reseal(String sealed, KeyEncryption previous) {
        try {
            String clear = previous.open(sealed, KEY_ID);
            RSAKey existing = parse(clear);
            replace(sealed, secrets.current(false).seal(clear, KEY_ID), "The API token signing key "
                    + existing.getKeyID() + " is now encrypted with the new key-encryption secret");
            return existing;
        } catch (KeyEncryption.CannotOpen wrong) {
            throw secrets.wrongSecret(wrong);
        }
    }

    /** Replaces the stored text only if it is still what was read (another node may have done it), audited. */
    private void replace(String before, String after, String detail) {
        transaction.executeWithoutResult(status -> {
            int changed = jdbc.sql("update access.signing_key set jwk = :after where key_id = :id and jwk = :before")
                    .param("after", after)
                    .param("id", KEY_ID)
                    .param("before", before)
                    .update();
            if (changed == 1) {
                audit.recordSystem(STARTUP, AuditAction.CHANGE_SETTINGS, detail);
                log.info(detail);
            }
        });
    }

    private Optional<String> stored() {
        return jdbc.sql("select jwk from access.signing_key where key_id = :id")
                .param("id", KEY_ID)
                .query(String.class).optional();
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored API token signing key is unreadable", e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
