package org.safeguardinghub.access;

import java.util.Optional;

import org.safeguardinghub.access.internal.ClientAuthentication;
import org.safeguardinghub.access.internal.HubOidcUser;
import org.safeguardinghub.access.internal.HubUser;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The {@link Actor} behind the current request, whether a signed-in person or an API client. */
@Component
public class CurrentActor {

    private final Agencies agencies;

    CurrentActor(Agencies agencies) {
        this.agencies = agencies;
    }

    public Actor get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication instanceof ClientAuthentication client) {
            return Optional.of(client.viewer());
        }
        if (authentication.getPrincipal() instanceof HubUser user) {
            return agencies.byId(user.agencyId()).map(user::toViewer);
        }
        if (authentication.getPrincipal() instanceof HubOidcUser person) {
            return agencies.byId(person.hubUser().agencyId()).map(person.hubUser()::toViewer);
        }
        return Optional.empty();
    }
}
