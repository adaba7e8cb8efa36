package org.safeguardinghub.access;

import java.util.Set;
import java.util.UUID;

/** A person who signs in: a member of one agency, with one or more roles. */
public record Practitioner(UUID id, String username, String displayName, String jobTitle, String email,
                           String phone, Agency agency, String team, Set<Role> roles, boolean active) {

    public Practitioner {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
