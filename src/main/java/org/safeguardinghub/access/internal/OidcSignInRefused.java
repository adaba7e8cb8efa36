package org.safeguardinghub.access.internal;

import java.io.Serial;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The identity provider vouched for the person, but the hub refuses them ({@link OidcGroupMapping}). */
class OidcSignInRefused extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcGroupMapping.Reason reason;

    OidcSignInRefused(OidcGroupMapping.Reason reason) {
        super(new OAuth2Error("access_denied", reason.name(), null), reason.name());
        this.reason = reason;
    }

    OidcGroupMapping.Reason reason() {
        return reason;
    }
}
