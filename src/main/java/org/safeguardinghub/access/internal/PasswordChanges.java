package org.safeguardinghub.access.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner changes their own password, or sets one with a one-time link an administrator
 * issued (ADR 0030). The new password must pass {@link PasswordPolicy}; the change ends the person's
 * other sessions (a reset ends all of them); both are audited. A wrong current password counts as a
 * failed sign-in against the same lock, so a session left open does not allow guessing it. A reset
 * lifts the account's lock-out (not its address's throttling): the new password works at once.
 * Problems come back by field as message keys.
 */
@Component
public class PasswordChanges {

    static final String CHANGE_ADDRESS = "password-change";
    static final String RESET_ADDRESS = "password-reset";

    private final Practitioners practitioners;
    private final PasswordEncoder passwords;
    private final PasswordResets resets;
    private final OpenSessions sessions;
    private final SignInAttempts attempts;
    private final SignInThrottlePolicy throttle;
    private final AuditLog auditLog;
    private final Clock clock;
    private final PasswordPolicy policy = new PasswordPolicy();

    PasswordChanges(Practitioners practitioners, PasswordEncoder passwords, PasswordResets resets, OpenSessions sessions,
                    SignInAttempts attempts, SignInProperties signIn, AuditLog auditLog, Clock clock) {
        this.practitioners = practitioners;
        this.passwords = passwords;
        this.resets = resets;
        this.sessions = sessions;
        this.attempts = attempts;
        this.throttle = signIn.policy();
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Changes the person's password; their other sessions end, this one ({@code keepSessionId}) stays. */
    @Transactional
    public Map<String, String> change(Actor.Person person, String current, String password, String confirmation,
                                      String keepSessionId) {
        SignInAttempts.Admission admitted = attempts.admit(person.username(), CHANGE_ADDRESS,
                SignInAttempts.Counted.USER, throttle);
        if (!admitted.allowed()) {
            return Map.of("current", "password.error.locked");
        }
        String hash = practitioners.passwordHash(person.username()).orElse(null);
        if (hash == null || current == null || !passwords.matches(current, hash)) {
            auditLog.record(person, AuditAction.SIGN_IN_FAILED, null, "password change: wrong current password");
            return Map.of("current", "password.error.current");
        }
        attempts.withdrawn(admitted);
        Map<String, String> errors = problems(person.username(), password, confirmation,
                password != null && passwords.matches(password, hash));
        if (!errors.isEmpty()) {
            return errors;
        }
        practitioners.changePassword(person.username(), password);
        int ended = sessions.endOthers(person.username(), keepSessionId);
        auditLog.record(person, AuditAction.CHANGE_PASSWORD, null, "other sessions ended: " + ended);
        return Map.of();
    }

    /** A one-time link's token for this practitioner, returned once; audited by the caller. */
    public String issueReset(Practitioner practitioner, String issuedBy) {
        return resets.issue(practitioner.id(), issuedBy);
    }

    /** The active practitioner a usable link is for. */
    public Optional<Practitioner> resetFor(String token) {
        return resets.usable(token).flatMap(practitioners::byId).filter(Practitioner::active);
    }

    /** Sets the password with a one-time link; every session of the person ends. */
    @Transactional
    public Map<String, String> reset(String token, String password, String confirmation) {
        Practitioner practitioner = resetFor(token).orElse(null);
        if (practitioner == null) {
            return Map.of("password", "password.error.link");
        }
        Map<String, String> errors = problems(practitioner.username(), password, confirmation, false);
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!resets.spend(token)) {
            return Map.of("password", "password.error.link");
        }
        practitioners.changePassword(practitioner.username(), password);
        attempts.lockLifted(practitioner.username(), RESET_ADDRESS, clock.instant());
        int ended = sessions.end(practitioner.username());
        auditLog.recordUnauthenticated(practitioner.username(), AuditAction.RESET_PASSWORD,
                "with a one-time link, sessions ended: " + ended);
        return Map.of();
    }

    private Map<String, String> problems(String username, String password, String confirmation, boolean sameAsCurrent) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (PasswordPolicy.Reason reason : policy.check(username, password, confirmation, sameAsCurrent)) {
            errors.putIfAbsent(reason == PasswordPolicy.Reason.NOT_CONFIRMED ? "confirmation" : "password", reason.messageKey());
        }
        return errors;
    }
}
