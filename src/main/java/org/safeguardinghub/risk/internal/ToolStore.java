package org.safeguardinghub.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.risk.ScreeningTool;
import org.safeguardinghub.risk.ToolDefinition;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The published versions of the screening tool. */
@Repository
public class ToolStore {

    private static final String SELECT = "select version, published_at, published_by, note, definition::text as definition"
            + " from risk.tool_version";

    private final JdbcClient jdbc;
    private final ToolJson json;

    ToolStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = new ToolJson(json);
    }

    public Optional<ScreeningTool> current() {
        return jdbc.sql(SELECT + " order by version desc limit 1").query(this::tool).optional();
    }

    public Optional<ScreeningTool> version(int version) {
        return jdbc.sql(SELECT + " where version = :v").param("v", version).query(this::tool).optional();
    }

    /** Every version, newest first. */
    public List<ScreeningTool> all() {
        return jdbc.sql(SELECT + " order by version desc").query(this::tool).list();
    }

    /** Publishes the next version; returns its number. Publishers are serialised so no two take one number. */
    public int publish(ToolDefinition definition, String by, String note, Instant at) {
        jdbc.sql("lock table risk.tool_version in exclusive mode").update();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from risk.tool_version").query(Integer.class).single();
        insert(version, definition, by, note, at, "");
        return version;
    }

    /** Version 1, unless some node published it already. */
    public void publishFirst(ToolDefinition definition, String by, String note, Instant at) {
        insert(1, definition, by, note, at, " on conflict do nothing");
    }

    private void insert(int version, ToolDefinition definition, String by, String note, Instant at, String onConflict) {
        jdbc.sql("""
                insert into risk.tool_version (version, published_at, published_by, note, definition)
                values (:v, :at, :by, :note, cast(:definition as jsonb))""" + onConflict)
                .param("v", version).param("at", Timestamps.of(at)).param("by", by).param("note", note)
                .param("definition", json.write(definition)).update();
    }

    /** The number of the version in force (0 if none is published yet). */
    public int currentVersion() {
        return jdbc.sql("select coalesce(max(version), 0) from risk.tool_version").query(Integer.class).single();
    }

    private ScreeningTool tool(ResultSet rs, int row) throws SQLException {
        return new ScreeningTool(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by"), rs.getString("note"), json.readStored(rs.getString("definition")));
    }
}
