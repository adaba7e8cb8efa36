package org.safeguardinghub.access.internal;

import java.util.Optional;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.springframework.stereotype.Component;

/**
 * The accounts practitioners sign in with, from {@code access.practitioner}; inactive accounts
 * cannot sign in. Used by {@link ThrottledSignIn} only, which decides on the attempt first; not a
 * Spring Security {@code UserDetailsService}, so no other provider hashes a password behind its back.
 */
@Component
class HubUserDetailsService {

    private final Practitioners practitioners;

    HubUserDetailsService(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    /** The active practitioner of that username with their password hash, if there is one. */
    Optional<HubUser> activeUser(String username) {
        return practitioners.byUsername(username)
                .filter(Practitioner::active)
                .flatMap(p -> practitioners.passwordHash(p.username()).map(hash -> new HubUser(p, hash)));
    }
}
