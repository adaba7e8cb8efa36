package org.safeguardinghub.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Practitioners' open web sessions, kept in {@code access.http_session} by Spring Session. Ending
 * them there ends them on every node at the next request; it works from the command line too,
 * which has no session repository.
 */
@Component
public class OpenSessions {

    private final JdbcClient jdbc;

    OpenSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session of this username but one (the one changing the password, say); returns how many. */
    public int endOthers(String username, String keepSessionId) {
        return jdbc.sql("delete from access.http_session where principal_name = :u and session_id <> :keep")
                .param("u", username).param("keep", keepSessionId).update();
    }

    /** Ends every session of this username (their attributes go with them); returns how many. */
    public int end(String username) {
        return jdbc.sql("delete from access.http_session where principal_name = :u").param("u", username).update();
    }
}
