package org.safeguardinghub.access.internal;

import java.util.Optional;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs practitioners in from {@code access.practitioner}; inactive accounts cannot sign in. */
@Component
class HubUserDetailsService implements UserDetailsService {

    private final Practitioners practitioners;

    HubUserDetailsService(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return activeUser(username)
                .orElseThrow(() -> new UsernameNotFoundException("No active practitioner " + username));
    }

    /** The active practitioner of that username with their password hash, if there is one. */
    Optional<HubUser> activeUser(String username) {
        return practitioners.byUsername(username)
                .filter(Practitioner::active)
                .flatMap(p -> practitioners.passwordHash(p.username()).map(hash -> new HubUser(p, hash)));
    }
}
