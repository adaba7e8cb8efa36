package org.safeguardinghub.access;

import java.util.Set;
import java.util.UUID;

/**
 * Whoever is looking at or changing a child's record: a signed-in practitioner, or a partner
 * system's API client acting for its agency. Access rules and the audit log are written in terms
 * of this type, so the web pages and the API obey the same rules.
 */
public sealed interface Viewer permits Viewer.PractitionerViewer, Viewer.ClientViewer {

    Agency agency();

    /** How the audit log names this viewer: a username or an API client id. */
    String actor();

    /** A signed-in person. */
    record PractitionerViewer(UUID practitionerId, String username, String displayName, Agency agency,
                              Set<Role> roles) implements Viewer {

        public PractitionerViewer {
            roles = Set.copyOf(roles);
        }

        @Override
        public String actor() {
            return username;
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** A partner system, authenticated by OAuth 2.0 client credentials; it acts as its agency. */
    record ClientViewer(String clientId, Agency agency) implements Viewer {

        @Override
        public String actor() {
            return clientId;
        }
    }
}
