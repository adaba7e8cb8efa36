package org.safeguardinghub.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the relationship a test needs before anyone sees a child: a children's social care team
 * manager (who sees every child known to the agencies their service covers) allocates a social
 * worker or adds someone to the professional network, through the same form a person uses.
 */
public final class Network {

    private final int port;
    private final String child;

    private Network(int port, String child) {
        this.port = port;
        this.child = child;
    }

    public static Network of(int port, String child) {
        return new Network(port, child);
    }

    /** The North team manager allocates this social worker. */
    public Network allocate(String username) {
        return add("tm.north", username, "Allocated social worker", true);
    }

    /** The North team manager adds this practitioner to the professional network. */
    public Network add(String username, String role) {
        return add("tm.north", username, role, false);
    }

    /** As {@code manager}, adds this practitioner; fails the test if the form refuses. */
    public Network add(String manager, String username, String role, boolean allocated) {
        WebSession session = WebSession.signedIn(port, manager);
        session.get("/children/" + child + "/network");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("role", role);
        if (allocated) {
            form.put("allocated", "true");
        }
        WebSession.Page added = session.post("/children/" + child + "/network", form);
        if (added.status() != 302) {
            throw new IllegalStateException(manager + " could not add " + username + " to " + child + ": " + added.status()
                    + " " + added.errorSummary());
        }
        return this;
    }
}
