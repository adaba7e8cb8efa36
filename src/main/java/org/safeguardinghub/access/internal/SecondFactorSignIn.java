package org.safeguardinghub.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of a local sign-in (ADR 0030): the code of a {@link PendingSecondFactor}'s
 * authenticator app. The same lock as passwords applies first ({@link SignInThrottlePolicy}: a wrong
 * code counts as a failed sign-in, and the password step records no success for a person with a
 * second factor, so knowing the password does not buy more guesses); a locked person is signed out.
 * A good code completes the sign-in: a new session id, a new CSRF token, the full roles, the
 * {@code SIGN_IN} audit.
 */
@Component
public class SecondFactorSignIn {

    /** How the step ended; {@code messageKey} explains a refusal on the page. */
    public enum Result {
        SIGNED_IN, NOT_PENDING, LOCKED, MALFORMED, WRONG_CODE, REPLAYED;

        public String messageKey() {
            return "secondFactor.code." + name();
        }
    }

    private final SecondFactors secondFactors;
    private final SignInAttempts attempts;
    private final SignInThrottlePolicy policy;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    /**
     * A new CSRF token once signed in, as the password step gets from the form login: a token seen
     * before the code (on a shared screen, say) is worth nothing after it (issue 18). The web pages
     * keep their tokens in the session, the framework's default (SecurityConfiguration).
     */
    private final CsrfAuthenticationStrategy csrfTokens = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    SecondFactorSignIn(SecondFactors secondFactors, SignInAttempts attempts, SignInProperties properties,
                       AuditLog auditLog, ApplicationEventPublisher events) {
        this.secondFactors = secondFactors;
        this.attempts = attempts;
        this.policy = properties.policy();
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Whether the request's session is waiting for a code. */
    public static boolean pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor;
    }

    public Result complete(String code, HttpServletRequest request, HttpServletResponse response) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending)) {
            return Result.NOT_PENDING;
        }
        HubUser user = pending.user();
        String address = pending.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
        SignInAttempts.Admission admitted = attempts.admit(user.getUsername(), address,
                SignInAttempts.Counted.USER_AND_ADDRESS, policy);
        if (!admitted.allowed()) {
            auditLog.recordUnauthenticated(user.getUsername(), AuditAction.SIGN_IN_FAILED,
                    "second factor: " + admitted.decision().auditDetail());
            signOut(request);
            return Result.LOCKED;
        }
        TotpPolicy.Decision decision = secondFactors.check(user.practitionerId(), code, false);
        if (!decision.accepted()) {
            auditLog.recordUnauthenticated(user.getUsername(), AuditAction.SIGN_IN_FAILED, "second factor: " + decision.reason());
            return Result.valueOf(decision.reason().name());
        }
        attempts.succeeded(admitted);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities());
        signedIn.setDetails(pending.getDetails());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        csrfTokens.onAuthentication(signedIn, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(signedIn));
        return Result.SIGNED_IN;
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
