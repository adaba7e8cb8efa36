package org.safeguardinghub.access.internal;

import java.io.Serial;
import java.util.List;

import org.safeguardinghub.access.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A partner API request, authenticated by a bearer token issued to the agency's client. */
public final class ClientAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = "ROLE_API_CLIENT";

    private final transient Actor.PartnerSystem viewer;
    private final transient Jwt token;

    ClientAuthentication(Actor.PartnerSystem viewer, Jwt token) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.viewer = viewer;
        this.token = token;
        setAuthenticated(true);
    }

    public Actor.PartnerSystem viewer() {
        return viewer;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return viewer;
    }

    @Override
    public String getName() {
        return viewer.clientId();
    }
}
