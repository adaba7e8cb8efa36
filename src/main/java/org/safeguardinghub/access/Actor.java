package org.safeguardinghub.access;

import java.util.Set;
import java.util.UUID;

/**
 * Whoever looks at or changes a child's record: a signed-in person, or a partner system's API
 * client acting for its agency. Access rules, permissions and the audit log are written in terms of
 * this type, so the web pages and the API obey the same rules.
 */
public sealed interface Actor permits Actor.Person, Actor.PartnerSystem {

    Agency agency();

    /** How the audit log and the records name this actor: a username or an API client id. */
    String auditName();

    /** A signed-in person. */
    record Person(UUID practitionerId, String username, String displayName, Agency agency, Set<Role> roles)
            implements Actor {

        public Person {
            roles = Set.copyOf(roles);
        }

        @Override
        public String auditName() {
            return username;
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** A partner system, authenticated by OAuth 2.0 client credentials; it acts as its agency. */
    record PartnerSystem(String clientId, Agency agency) implements Actor {

        @Override
        public String auditName() {
            return clientId;
        }
    }
}
