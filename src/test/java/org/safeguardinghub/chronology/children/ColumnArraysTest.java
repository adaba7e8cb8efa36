package org.safeguardinghub.chronology.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A batch's rows become one typed array per column for {@code unnest}, nulls kept in place (ADR 0041);
 * UUIDs as their text, which the statements cast (issue 18: the driver sends a text array in binary).
 */
class ColumnArraysTest {

    @Test
    void rowsBecomeOneTypedArrayPerColumnInRowOrderWithNullsKept() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<Object[]> rows = List.of(new Object[] {a, null, "NHS"}, new Object[] {b, a, "LOCAL"});
        Map<String, Object> columns = ColumnArrays.of(rows, new String[] {"id", "issuer", "kind"},
                new Class<?>[] {UUID.class, UUID.class, String.class});
        assertThat(columns).containsOnlyKeys("id", "issuer", "kind");
        assertThat(columns.get("id")).isInstanceOf(String[].class).isEqualTo(new String[] {a.toString(), b.toString()});
        assertThat(columns.get("issuer")).isInstanceOf(String[].class).isEqualTo(new String[] {null, a.toString()});
        assertThat(columns.get("kind")).isInstanceOf(String[].class).isEqualTo(new String[] {"NHS", "LOCAL"});
    }
}
