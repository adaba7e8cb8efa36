package org.safeguardinghub.access.internal;

import java.io.Serial;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused without checking the password. To the person signing in it is the same
 * failure as a wrong password; the audit log gets the reason.
 */
final class SignInRefused extends BadCredentialsException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String auditDetail;

    SignInRefused(String auditDetail) {
        super(ThrottledSignIn.FAILED);
        this.auditDetail = auditDetail;
    }

    String auditDetail() {
        return auditDetail;
    }
}
