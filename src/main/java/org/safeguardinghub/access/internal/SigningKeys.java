package org.safeguardinghub.access.internal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs partner API tokens. It is made once and kept in the database, so tokens
 * survive restarts and every node behind a load balancer accepts every node's tokens.
 */
@Component
class SigningKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile RSAKey key;

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RSAKey current() {
        RSAKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                k = key;
            }
        }
        return k;
    }

    private RSAKey loadOrCreate() {
        jdbc.sql("insert into access.signing_key (key_id, jwk, created_at) values (:id, :jwk, :at) on conflict do nothing")
                .param("id", "api-token-key")
                .param("jwk", generate().toJSONString())
                .param("at", Timestamps.of(clock))
                .update();
        String json = jdbc.sql("select jwk from access.signing_key where key_id = 'api-token-key'")
                .query(String.class).single();
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
