package org.safeguardinghub.chronology.events;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}, sent on the connection of the
 * current transaction, so they commit or roll back with everything else in it (ADR 0038). One
 * statement and one round trip for a whole batch, with no parameters to bind: the feed's batch of
 * 500 events went in as eight multi-row statements of up to 128 rows, each parsed and bound.
 *
 * <p>CSV as PostgreSQL reads it: an unquoted empty field is null, anything else is quoted (quotes
 * doubled), so an empty string stays an empty string and no text is ever read as a delimiter.
 * PostgreSQL text cannot hold NUL, which the feed's validation refuses before any row is built.
 */
final class CopyRows {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder csv = new StringBuilder(64 * 1024);
    private boolean first = true;

    CopyRows text(String value) {
        separate();
        if (value != null) {
            csv.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        }
        return this;
    }

    CopyRows uuid(UUID value) {
        return plain(value == null ? null : value.toString());
    }

    CopyRows number(int value) {
        return plain(Integer.toString(value));
    }

    CopyRows bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    /** An instant in ISO-8601 UTC, which {@code timestamptz} reads exactly. */
    CopyRows instant(Instant value) {
        return plain(value == null ? null : value.toString());
    }

    /** {@code bytea} in PostgreSQL's hex form (a backslash is no escape in CSV). */
    CopyRows bytes(byte[] value) {
        return plain(value == null ? null : "\\x" + HEX.formatHex(value));
    }

    CopyRows endRow() {
        csv.append('\n');
        first = true;
        return this;
    }

    /** The rows as CSV, as they are sent. */
    String csv() {
        return csv.toString();
    }

    /** Values that never hold a quote, comma or line break (ids, numbers, flags, instants). */
    private CopyRows plain(String value) {
        separate();
        if (value != null) {
            csv.append(value);
        }
        return this;
    }

    private void separate() {
        if (!first) {
            csv.append(',');
        }
        first = false;
    }

    /**
     * Copies the rows into {@code table (columns)} on the transaction's connection. A refusal
     * (a unique index, a check) is thrown as Spring's translation of it, as a statement's would be,
     * so the feed's retry of a batch that raced another sees the same duplicate key.
     */
    void copyInto(String tableAndColumns, DataSource dataSource, SQLExceptionTranslator translator) {
        String sql = "copy " + tableAndColumns + " from stdin (format csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv()));
        } catch (SQLException e) {
            DataAccessException translated = translator.translate("copy", sql, e);
            throw translated != null ? translated : new org.springframework.jdbc.UncategorizedSQLException("copy", sql, e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not send rows to " + tableAndColumns, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
