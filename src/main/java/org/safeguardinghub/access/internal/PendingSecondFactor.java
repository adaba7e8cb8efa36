package org.safeguardinghub.access.internal;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A practitioner whose password was right and who still has to type their second factor's code
 * (ADR 0030). It holds no role and is not a {@link HubUser} principal, so no page treats it as signed
 * in; {@link SecondFactorFilter} sends it to the code page. Its name is the username, so ending the
 * person's sessions ends this one too.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HubUser user;

    PendingSecondFactor(HubUser user, Object details) {
        super(List.of());
        this.user = user;
        setDetails(details);
        setAuthenticated(true);
    }

    HubUser user() {
        return user;
    }

    /** The password hash leaves the session as soon as the password is checked, as for a full sign-in. */
    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        user.eraseCredentials();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user.getUsername();
    }
}
