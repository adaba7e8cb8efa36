package org.safeguardinghub.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ids of partner tokens revoked before their expiry ({@code access.revoked_token}), read from
 * the database at every API call (a primary-key lookup), not from a node's memory: a token revoked
 * on one node is refused by every node at once (ADR 0030).
 */
@Repository
class RevokedTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    RevokedTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the revocation (once) and forgets revocations of tokens that have expired since. */
    void revoke(String jti, String clientId, Instant expiresAt) {
        Instant now = clock.instant();
        jdbc.sql("delete from access.revoked_token where expires_at < :now").param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        insert into access.revoked_token (jti, client_id, expires_at, revoked_at)
                        values (:jti, :client, :expires, :now) on conflict (jti) do nothing""")
                .param("jti", jti).param("client", clientId).param("expires", Timestamp.from(expiresAt))
                .param("now", Timestamp.from(now)).update();
    }

    boolean isRevoked(String jti) {
        return jti != null && jdbc.sql("select count(*) from access.revoked_token where jti = :jti")
                .param("jti", jti).query(Integer.class).single() > 0;
    }
}
