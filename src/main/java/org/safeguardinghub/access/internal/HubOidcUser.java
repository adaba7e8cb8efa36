package org.safeguardinghub.access.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A practitioner signed in through the identity provider, as kept in the web session: the hub's
 * account ({@link HubUser}, with the roles the provider's groups gave) and the provider's tokens.
 * Its name is the hub username, so ending a person's sessions ({@link OpenSessions}) ends these too.
 * Serializable: sessions are kept in the database.
 */
public final class HubOidcUser implements OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HubUser user;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    HubOidcUser(HubUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.user = user;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    /** The hub account behind this sign-in. */
    public HubUser hubUser() {
        return user;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.getAuthorities();
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
