package org.safeguardinghub.access.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner sets up their own second factor (ADR 0030): a new secret, shown once as text and as
 * an {@code otpauth://} address for an authenticator app, confirmed by its first code; audited.
 */
@Component
public class SecondFactorEnrolment {

    static final String ISSUER = "Safeguarding Hub";

    /** What the page shows: a confirmed factor's date, or a pending one's secret and address, or neither. */
    public record Status(Instant confirmedSince, String pendingSecret, String pendingUri) {

        public boolean confirmed() {
            return confirmedSince != null;
        }

        public boolean pending() {
            return pendingSecret != null;
        }
    }

    private final SecondFactors secondFactors;
    private final AuditLog auditLog;

    SecondFactorEnrolment(SecondFactors secondFactors, AuditLog auditLog) {
        this.secondFactors = secondFactors;
        this.auditLog = auditLog;
    }

    public Status status(Actor.Person person) {
        Optional<Instant> confirmed = secondFactors.confirmedSince(person.practitionerId());
        if (confirmed.isPresent()) {
            return new Status(confirmed.get(), null, null);
        }
        // only a pending secret is opened: it is shown to be typed into an app
        Optional<SecondFactors.Current> pending = secondFactors.current(person.practitionerId());
        if (pending.isEmpty()) {
            return new Status(null, null, null);
        }
        if (pending.get().confirmed()) { // confirmed in another tab meanwhile
            return new Status(pending.get().createdAt(), null, null);
        }
        return new Status(null, grouped(pending.get().secret()), uri(person.username(), pending.get().secret()));
    }

    /** Starts (or starts again) an enrolment; nothing while a confirmed second factor stands. */
    @Transactional
    public void start(Actor.Person person) {
        secondFactors.startEnrolment(person.practitionerId());
    }

    /** Confirms the pending enrolment with its first code; audited when it is. */
    @Transactional
    public TotpPolicy.Decision confirm(Actor.Person person, String code) {
        TotpPolicy.Decision decision = secondFactors.check(person.practitionerId(), code, true);
        if (decision.accepted()) {
            auditLog.record(person, AuditAction.ENROL_SECOND_FACTOR, null, null);
        }
        return decision;
    }

    /** The secret in groups of four, easier to type into an app. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    static String uri(String username, String secret) {
        String issuer = URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + issuer + ":" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "?secret=" + secret + "&issuer=" + issuer + "&algorithm=SHA1&digits=" + TotpPolicy.DIGITS
                + "&period=" + TotpPolicy.STEP.toSeconds();
    }
}
