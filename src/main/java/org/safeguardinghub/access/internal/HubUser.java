package org.safeguardinghub.access.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in practitioner as kept in the web session. It holds ids, not the agency itself, so
 * the session stays small and serialisable and the agency is always read fresh.
 */
public final class HubUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID practitionerId;
    private final String username;
    private final String displayName;
    private final UUID agencyId;
    private final Set<Role> roles;
    private String passwordHash;

    HubUser(Practitioner practitioner, String passwordHash) {
        this.practitionerId = practitioner.id();
        this.username = practitioner.username();
        this.displayName = practitioner.displayName();
        this.agencyId = practitioner.agency().id();
        this.roles = Set.copyOf(practitioner.roles());
        this.passwordHash = passwordHash;
    }

    public Actor.Person toViewer(Agency agency) {
        return new Actor.Person(practitionerId, username, displayName, agency, roles);
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public UUID agencyId() {
        return agencyId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
