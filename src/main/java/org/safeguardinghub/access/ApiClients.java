package org.safeguardinghub.access;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguardinghub.access.internal.ApiClient;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Partner API clients. A client's secret is shown once, when made, and kept only as a hash.
 * Tokens are self-contained, so a deactivated client is refused by {@link #isActive} (cached
 * briefly, so a deactivation takes effect on every node within {@link #ACTIVE_CACHE}).
 */
@Service
public class ApiClients {

    private static final String SELECT = "select id, client_id, agency_id, description, active from access.api_client";
    static final Duration ACTIVE_CACHE = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Map<String, Cached> active = new ConcurrentHashMap<>();

    ApiClients(JdbcClient jdbc, Agencies agencies, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Makes a client for an agency and returns its secret: the only time the secret is seen. */
    public IssuedSecret create(String clientId, UUID agencyId, String description) {
        String secret = newSecret();
        jdbc.sql("""
                insert into access.api_client (id, client_id, secret_hash, agency_id, description, active, created_at)
                values (:id, :clientId, :hash, :agency, :description, true, :at)""")
                .param("id", Ids.newId()).param("clientId", clientId.strip())
                .param("hash", passwords.encode(secret)).param("agency", agencyId)
                .param("description", description).param("at", Timestamps.of(clock))
                .update();
        return new IssuedSecret(byClientId(clientId).orElseThrow(), secret);
    }

    public void setSecret(String clientId, String secret) {
        jdbc.sql("update access.api_client set secret_hash = :hash where client_id = :c")
                .param("hash", passwords.encode(secret)).param("c", clientId).update();
    }

    public Optional<ApiClient> byClientId(String clientId) {
        return jdbc.sql(SELECT + " where client_id = :c")
                .param("c", clientId == null ? "" : clientId.strip())
                .query(this::map).optional();
    }

    public List<ApiClient> all() {
        return jdbc.sql(SELECT).query(this::map).list().stream()
                .sorted(Comparator.comparing(ApiClient::clientId))
                .toList();
    }

    private ApiClient map(ResultSet rs, int row) throws SQLException {
        return new ApiClient(rs.getObject("id", UUID.class), rs.getString("client_id"),
                agencies.byId(rs.getObject("agency_id", UUID.class)).orElseThrow(),
                rs.getString("description"), rs.getBoolean("active"));
    }

    public boolean exists(String clientId) {
        return byClientId(clientId).isPresent();
    }

    public Optional<String> secretHash(String clientId) {
        return jdbc.sql("select secret_hash from access.api_client where client_id = :c")
                .param("c", clientId).query(String.class).optional();
    }

    /**
     * Deactivates an active client: its tokens are refused at once on this node, and on the others
     * when their cached answer is older than {@link #ACTIVE_CACHE}. False when there is none.
     */
    public boolean deactivate(String clientId) {
        boolean changed = jdbc.sql("update access.api_client set active = false where client_id = :c and active")
                .param("c", clientId).update() == 1;
        active.remove(clientId);
        return changed;
    }

    public boolean isActive(String clientId) {
        Instant now = clock.instant();
        Cached cached = active.get(clientId);
        if (cached == null || cached.checkedAt().plus(ACTIVE_CACHE).isBefore(now)) {
            boolean isActive = byClientId(clientId).map(ApiClient::active).orElse(false);
            cached = new Cached(isActive, now);
            active.put(clientId, cached);
        }
        return cached.active();
    }

    /** A random secret of the kind clients get, for the demo data set's shared secret. */
    public static String newSecretForDemo() {
        return newSecret();
    }

    static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A client together with its secret in clear, returned once at creation. */
    public record IssuedSecret(ApiClient client, String secret) {
    }

    private record Cached(boolean active, Instant checkedAt) {
    }
}
