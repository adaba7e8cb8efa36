package org.safeguardinghub.shared.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.safeguardinghub.shared.GeneratedSecrets;
import org.safeguardinghub.shared.HubProperties;
import org.safeguardinghub.shared.StartRefused;
import org.safeguardinghub.shared.internal.EmbeddedDatabasePolicy.Cluster;
import org.safeguardinghub.shared.internal.EmbeddedDatabasePolicy.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL so that its port answers only to the superuser's password, which
 * is generated and kept in {@code <data-dir>/secrets/postgres-password}: a new cluster is made with
 * password authentication from the start; a cluster an earlier release made (trusting every
 * connection from the machine) is given the password and then made to require it, its data
 * untouched and its old {@code pg_hba.conf} kept beside the new one.
 */
final class EmbeddedDatabase {

    static final String PASSWORD_SECRET = "postgres-password";
    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final HubProperties properties;
    private final GeneratedSecrets secrets;
    private final Path dir;

    EmbeddedDatabase(HubProperties properties, GeneratedSecrets secrets) {
        this.properties = properties;
        this.secrets = secrets;
        this.dir = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
    }

    EmbeddedPostgres start() throws IOException {
        Files.createDirectories(dir);
        Decision decision = EmbeddedDatabasePolicy.decide(cluster(), secrets.exists(PASSWORD_SECRET));
        log.info("Embedded PostgreSQL in {}: {} ({})", dir, decision.step(), decision.reason());
        return switch (decision.step()) {
            case REFUSE -> throw passwordFileMissing();
            // zonky passes its "locale" settings to initdb as --name=value; the later --auth wins over its -A trust
            case INITIALISE_WITH_PASSWORD -> builder(password(decision))
                    .setLocaleConfig("auth", HostBasedAuthentication.PASSWORD)
                    .setLocaleConfig("pwfile", secrets.file(PASSWORD_SECRET).toString())
                    .start();
            case PROTECT_WITH_PASSWORD -> protect(password(decision));
            case START -> builder(password(decision)).start();
        };
    }

    private String password(Decision decision) {
        return decision.generatePassword() ? secrets.readOrCreate(PASSWORD_SECRET) : secrets.read(PASSWORD_SECRET);
    }

    private Cluster cluster() throws IOException {
        if (!Files.exists(dir.resolve("postgresql.conf"))) {
            return Cluster.NONE;
        }
        return HostBasedAuthentication.trustsAnyConnection(Files.readString(dir.resolve("pg_hba.conf")))
                ? Cluster.TRUSTING : Cluster.PASSWORD_PROTECTED;
    }

    /**
     * Gives the superuser the password while the cluster still lets us in, then rewrites the rules
     * with the server stopped, and starts it again, so it reads them whole. Repeating it after a crash at any
     * point is harmless: the rules still say trust until the last step.
     */
    private EmbeddedPostgres protect(String password) throws IOException {
        try (EmbeddedPostgres trusting = builder(password).start();
             Connection connection = trusting.getPostgresDatabase().getConnection()) {
            // hashed here (SCRAM-SHA-256), so the password itself never reaches the server or its logs
            connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(),
                    HostBasedAuthentication.PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the embedded database's superuser its password", e);
        }
        Path hba = dir.resolve("pg_hba.conf");
        String rules = Files.readString(hba, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("pg_hba.conf.before-passwords"), rules, StandardCharsets.UTF_8);
        Path next = dir.resolve("pg_hba.conf.new");
        Files.writeString(next, HostBasedAuthentication.requiringPasswords(rules), StandardCharsets.UTF_8);
        Files.move(next, hba, StandardCopyOption.ATOMIC_MOVE);
        log.info("The embedded database in {} now requires the password in {}", dir, secrets.file(PASSWORD_SECRET));
        return builder(password).start();
    }

    private EmbeddedPostgres.Builder builder(String password) {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // stopped by the context after everything that uses it, not by a JVM hook racing the context's own close
                .setRegisterShutdownHook(false)
                // for zonky's own readiness check; a trusting cluster ignores it
                .setConnectConfig("password", password)
                .setServerConfig("fsync", String.valueOf(properties.embedded().fsync()))
                // zonky's default is off; an acknowledged commit must survive a database crash
                .setServerConfig("synchronous_commit", properties.embedded().fsync() ? "on" : "off")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB");
        if (properties.embedded().port() > 0) {
            builder.setPort(properties.embedded().port());
        }
        return builder;
    }

    private StartRefused passwordFileMissing() {
        Path file = secrets.file(PASSWORD_SECRET);
        return new StartRefused("The embedded database in " + dir + " requires a password, but the file that holds it, "
                + file + ", is missing.",
                "Restore " + file + " from a backup of the data directory. Failing that, stop the application, change "
                        + "'scram-sha-256' to 'trust' in " + dir.resolve("pg_hba.conf") + " and start again: a new "
                        + "password is then generated and the database protected with it (docs/security.md).");
    }
}
