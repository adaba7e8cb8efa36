package org.safeguardinghub.access.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Practitioners' sign-in with lock-out and throttling (issue 18), in place of Spring Security's
 * {@code DaoAuthenticationProvider}: the {@link SignInThrottlePolicy} is asked first, and only an
 * allowed attempt for an active practitioner has its password hashed. An unknown username costs no
 * hash (that one hashed a dummy password, 16 MiB of Argon2 per anonymous request) but waits about
 * as long as a check and counts its failures like any username. Every refusal answers the same
 * "Bad credentials". A practitioner with a second factor is only {@link PendingSecondFactor} after
 * the password: their sign-in succeeds with the code.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    static final String FAILED = "Bad credentials";

    private final HubUserDetailsService users;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final SignInThrottlePolicy policy;
    private final SecondFactors secondFactors;
    private final PasswordCheckTiming timing = new PasswordCheckTiming();

    ThrottledSignIn(HubUserDetailsService users, PasswordEncoder passwords, SignInAttempts attempts,
                    SignInProperties properties, SecondFactors secondFactors) {
        this.users = users;
        this.passwords = passwords;
        this.attempts = attempts;
        this.policy = properties.policy();
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = username(attempt.getName());
        String address = address(attempt);
        // counted as failed from here until it succeeds (SignInAttempts.admit)
        SignInAttempts.Admission admitted = attempts.admit(username, address, SignInAttempts.Counted.USER_AND_ADDRESS,
                policy);
        if (!admitted.allowed()) {
            timing.padAsIfChecked();
            throw new SignInRefused(admitted.decision().auditDetail());
        }
        Optional<HubUser> user = users.activeUser(username);
        if (user.isEmpty()) {
            timing.padAsIfChecked();
            throw new SignInRefused("no active practitioner of that name");
        }
        String raw = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        if (!timing.measure(() -> passwords.matches(raw, user.get().getPassword()))) {
            throw new BadCredentialsException(FAILED);
        }
        if (secondFactors.required(user.get().practitionerId())) {
            // not yet a success: wrong codes count as failures against the same lock (SecondFactorSignIn)
            attempts.withdrawn(admitted);
            return new PendingSecondFactor(user.get(), attempt.getDetails());
        }
        attempts.succeeded(admitted);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String username(String name) {
        String clean = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }

    /** The client's address as the proxy settings resolve it ({@link ForwardedHeaders}). */
    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
