package org.safeguardinghub.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time password-reset tokens ({@code access.password_reset}): 32 random bytes, of which only a
 * SHA-256 hash is stored (a copy of the database opens no account; the token's entropy makes a slow
 * hash needless). A token is spent by a conditional update, so two uses at once succeed once.
 */
@Repository
class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordResetProperties properties;

    PasswordResets(JdbcClient jdbc, Clock clock, PasswordResetProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new token for this practitioner, returned once in clear. */
    String issue(UUID practitionerId, String issuedBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into access.password_reset (practitioner_id, token_hash, issued_by, created_at, expires_at)
                        values (:p, :hash, :by, :at, :expires)""")
                .param("p", practitionerId).param("hash", hash(token)).param("by", issuedBy)
                .param("at", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(properties.validFor())))
                .update();
        return token;
    }

    /** The practitioner a usable (unused, unexpired) token is for. */
    Optional<UUID> usable(String token) {
        return jdbc.sql("select practitioner_id from access.password_reset where token_hash = :hash and used_at is null "
                        + "and expires_at > :now")
                .param("hash", hash(token)).param("now", Timestamp.from(clock.instant())).query(UUID.class).optional();
    }

    /** Spends a usable token; false when it was used, expired or never issued. */
    boolean spend(String token) {
        Instant now = clock.instant();
        return jdbc.sql("update access.password_reset set used_at = :now where token_hash = :hash and used_at is null "
                        + "and expires_at > :now")
                .param("now", Timestamp.from(now)).param("hash", hash(token)).update() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
