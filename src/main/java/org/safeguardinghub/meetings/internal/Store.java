package org.safeguardinghub.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

/** Small things every meetings store does the same way. */
final class Store {

    private Store() {
    }

    /** Ids as a text array, cast to {@code uuid[]} in SQL. */
    static String[] uuids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).distinct().toArray(String[]::new);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
