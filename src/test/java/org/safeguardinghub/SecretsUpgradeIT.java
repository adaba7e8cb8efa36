package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.internal.KeyEncryption;
import org.safeguardinghub.shared.StartRefused;
import org.safeguardinghub.support.FreshDataDirectory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The application starts on a data directory an earlier release made (a cluster that trusted every
 * connection from the machine, the token signing key in clear) and protects both, losing nothing:
 * tokens the old key signed still verify. Then it refuses a wrong secret rather than make a new
 * key, and moves the key from the generated secret to a configured one (issue #12, item 8).
 */
class SecretsUpgradeIT {

    static final Path DIR = Path.of("target", "secrets-upgrade-it");
    static final String STORED = "select jwk from access.signing_key where key_id = 'api-token-key'";

    @Test
    void anEarlierReleasesDataDirectoryIsProtectedAndItsKeyKeptThroughAChangeOfSecret() throws Exception {
        RSAKey earlierKey = earlierRelease();
        String tokenOfTheEarlierRelease = token(earlierKey);

        try (ConfigurableApplicationContext app = PersistenceIT.start("safeguarding.data-dir=" + DIR)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql(STORED).query(String.class).single()).startsWith("sealed:v1:")
                    .doesNotContain(earlierKey.getPrivateExponent().toString());
            assertThat(app.getBean(JwtDecoder.class).decode(tokenOfTheEarlierRelease).getSubject()).isEqualTo("ED-NORTH");
            assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'CHANGE_SETTINGS' "
                    + "and detail like '%earlier-release-key%encrypted at rest'").query(Long.class).single()).isOne();
            assertThat(jdbc.sql("select kept from earlier_release").query(String.class).single()).isEqualTo("kept");
            int port = app.getBean(EmbeddedPostgres.class).getPort();
            assertThat(catchThrowable(() -> DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres").close())).isInstanceOf(SQLException.class);
        }

        Throwable refused = catchThrowable(() -> PersistenceIT.start("safeguarding.data-dir=" + DIR,
                "safeguarding.access.key-encryption.secret=not-the-secret-it-was-sealed-with").close());
        assertThat(startRefused(refused)).hasMessageContaining("could not be decrypted");

        String generated = Files.readString(DIR.resolve("secrets/key-encryption-secret")).strip();
        String chosen = "chosen-for-production-" + UUID.randomUUID();
        String stored;
        try (ConfigurableApplicationContext app = PersistenceIT.start("safeguarding.data-dir=" + DIR,
                "safeguarding.access.key-encryption.secret=" + chosen,
                "safeguarding.access.key-encryption.previous-secret=" + generated)) {
            assertThat(app.getBean(JwtDecoder.class).decode(tokenOfTheEarlierRelease).getSubject()).isEqualTo("ED-NORTH");
            stored = app.getBean(JdbcClient.class).sql(STORED).query(String.class).single();
        }
        assertThat(RSAKey.parse(new KeyEncryption(chosen).open(stored, "api-token-key"))).isEqualTo(earlierKey);
    }

    /** A data directory as releases before December 2026 left it: zonky's trusting cluster, a key in clear. */
    static RSAKey earlierRelease() throws Exception {
        FreshDataDirectory.delete(DIR);
        RSAKey key = new RSAKeyGenerator(2048).keyID("earlier-release-key").generate();
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(DIR.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(earlier.getPostgresDatabase()).locations("classpath:db/migration")
                    .createSchemas(false).target("14").load().migrate();
            JdbcClient jdbc = JdbcClient.create(earlier.getPostgresDatabase());
            jdbc.sql("insert into access.signing_key (key_id, jwk, created_at) values ('api-token-key', ?, now())")
                    .param(key.toJSONString()).update();
            jdbc.sql("create table earlier_release (kept text); insert into earlier_release values ('kept')").update();
        }
        return key;
    }

    static String token(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("ED-NORTH").expirationTime(Date.from(Instant.now().plusSeconds(900)))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static StartRefused startRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartRefused refused) {
                return refused;
            }
        }
        throw new AssertionError("The start was not refused", failure);
    }
}
