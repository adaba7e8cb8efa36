package org.safeguardinghub.chronology.children;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A batch's rows sent to PostgreSQL as arrays, for the stores' {@code insert … select from unnest(…)}. */
final class ColumnArrays {

    private ColumnArrays() {
    }

    /**
     * Rows as one array per column, named, for {@code unnest}: one statement, however many rows. A
     * UUID column goes as text, which the statement casts: the driver writes a text array in binary,
     * but a UUID array as one literal escaped a character at a time (a twentieth of the feed's own
     * time, issue 18).
     */
    static Map<String, Object> of(List<Object[]> rows, String[] names, Class<?>[] types) {
        Map<String, Object> columns = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            boolean uuid = types[c] == UUID.class;
            Object[] values = (Object[]) java.lang.reflect.Array.newInstance(uuid ? String.class : types[c], rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Object value = rows.get(r)[c];
                values[r] = uuid && value != null ? value.toString() : value;
            }
            columns.put(names[c], values);
        }
        return columns;
    }
}
