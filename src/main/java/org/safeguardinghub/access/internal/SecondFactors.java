package org.safeguardinghub.access.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Practitioners' second factors ({@code access.second_factor}): a TOTP secret per person, sealed at
 * rest under the key-encryption secret by {@link SecondFactorSeals} (ADR 0021, 0030), checked by
 * {@link TotpPolicy}. An enrolment is pending until its first code is typed; a reset marks the row
 * removed. The step of the last code accepted is advanced with a conditional update, so two
 * requests racing with one code accept it once.
 */
@Component
public class SecondFactors {

    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    /** The person's current second factor; {@code confirmed} once a first code was accepted. */
    public record Current(long id, String secret, Instant createdAt, boolean confirmed, Long lastUsedStep) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecondFactorSeals seals;
    private final TotpPolicy policy = new TotpPolicy();

    SecondFactors(JdbcClient jdbc, Clock clock, SecondFactorSeals seals) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seals = seals;
    }

    /** Whether signing in needs a code: the person has a confirmed second factor. */
    public boolean required(UUID practitionerId) {
        return confirmedSince(practitionerId).isPresent();
    }

    /**
     * When the person's confirmed second factor was set up, if they have one. Its secret is not
     * opened: each opening is a 600,000-iteration PBKDF2, and it is asked at every password sign-in
     * (before the code's step opens it) and on every visit to the set-up page.
     */
    public Optional<Instant> confirmedSince(UUID practitionerId) {
        return jdbc.sql("""
                        select created_at from access.second_factor
                        where practitioner_id = :p and removed_at is null and confirmed_at is not null""")
                .param("p", practitionerId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The current (pending or confirmed) second factor, its secret opened (base32, as apps take it). */
    public Optional<Current> current(UUID practitionerId) {
        record Stored(SecondFactorSeals.Row row, Instant createdAt, boolean confirmed, Long lastUsedStep) {
        }
        return jdbc.sql("""
                        select id, secret, sealed_with, created_at, confirmed_at is not null confirmed, last_used_step
                        from access.second_factor where practitioner_id = :p and removed_at is null""")
                .param("p", practitionerId)
                .query((rs, row) -> new Stored(new SecondFactorSeals.Row(rs.getLong("id"), practitionerId,
                        rs.getString("secret"), rs.getString("sealed_with")), rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("confirmed"), (Long) rs.getObject("last_used_step")))
                .optional()
                // opened once read, not while reading: a re-seal is written in a transaction of its own
                .map(s -> new Current(s.row().id(), seals.open(s.row()), s.createdAt(), s.confirmed(), s.lastUsedStep()));
    }

    /** A new pending secret, replacing a pending one; none while a confirmed one stands (reset it first). */
    public Optional<String> startEnrolment(UUID practitionerId) {
        if (required(practitionerId)) {
            return Optional.empty();
        }
        remove(practitionerId, "a new enrolment");
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = BASE32.encodeAsString(secret).replace("=", "");
        SecondFactorSeals.Sealed sealed = seals.seal(encoded, practitionerId);
        jdbc.sql("""
                        insert into access.second_factor (practitioner_id, secret, sealed_with, created_at)
                        values (:p, :secret, :sealedWith, :at)""")
                .param("p", practitionerId).param("secret", sealed.secret()).param("sealedWith", sealed.sealedWith())
                .param("at", Timestamp.from(clock.instant())).update();
        return Optional.of(encoded);
    }

    /**
     * Checks a code against the current second factor (pending at enrolment, confirmed at sign-in) and
     * records its step when accepted; a pending one is confirmed by its first good code.
     */
    public TotpPolicy.Decision check(UUID practitionerId, String code, boolean enrolling) {
        Optional<Current> current = current(practitionerId).filter(c -> c.confirmed() != enrolling);
        if (current.isEmpty()) {
            return new TotpPolicy.Decision(TotpPolicy.Reason.WRONG_CODE, -1);
        }
        TotpPolicy.Decision decision = policy.check(BASE32.decode(current.get().secret()), code, clock.instant(),
                current.get().lastUsedStep());
        if (decision.accepted() && jdbc.sql("""
                        update access.second_factor set last_used_step = :step,
                          confirmed_at = coalesce(confirmed_at, :at)
                        where id = :id and removed_at is null and (last_used_step is null or last_used_step < :step)""")
                .param("step", decision.step()).param("at", Timestamp.from(clock.instant()))
                .param("id", current.get().id()).update() == 0) {
            return new TotpPolicy.Decision(TotpPolicy.Reason.REPLAYED, -1);
        }
        return decision;
    }

    /** Removes the current second factor (pending or confirmed); false when there was none. */
    public boolean remove(UUID practitionerId, String by) {
        return jdbc.sql("""
                        update access.second_factor set removed_at = :at, removed_by = :by
                        where practitioner_id = :p and removed_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("by", by).param("p", practitionerId).update() > 0;
    }
}
