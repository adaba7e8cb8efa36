package org.safeguardinghub.frontdoor;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The threshold document as versioned data: decisions cite the version they were taken against,
 * and an administrator's edit publishes a new version rather than changing the old one.
 */
@Service
public class Thresholds {

    static final int MAX_DESCRIPTOR = 500;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    Thresholds(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The version in force, read in one query (every decision form and contact page shows it). */
    public ThresholdDocument current() {
        return read("(select max(version) from frontdoor.threshold_version)", null);
    }

    public ThresholdDocument version(int version) {
        return read(":v", version);
    }

    private ThresholdDocument read(String version, Integer v) {
        List<ThresholdDocument.Level> levels = new ArrayList<>();
        ThresholdDocument[] header = new ThresholdDocument[1];
        jdbc.sql("""
                select v.version, v.published_at, v.published_by, v.change_note, l.level, l.name, l.descriptors
                from frontdoor.threshold_version v join frontdoor.threshold_level l on l.version = v.version
                where v.version = """ + version + " order by l.level").param("v", v)
                .query(rs -> {
                    levels.add(new ThresholdDocument.Level(rs.getInt("level"), rs.getString("name"),
                            strings(rs.getArray("descriptors"))));
                    header[0] = new ThresholdDocument(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
                            rs.getString("published_by"), rs.getString("change_note"), levels);
                });
        if (header[0] == null) {
            throw new IllegalStateException("no threshold document version " + (v == null ? "in force" : v));
        }
        ThresholdDocument read = header[0];
        return new ThresholdDocument(read.version(), read.publishedAt(), read.publishedBy(), read.changeNote(),
                List.copyOf(levels));
    }

    /** A level as an administrator types it: its name, and its descriptors one to a line. */
    public record LevelText(int level, String name, String descriptors) {

        List<String> lines() {
            return descriptors == null ? List.of() : Arrays.stream(descriptors.split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    /** Publishes a new version; the problems by field (message keys) if it is not complete. */
    @Transactional
    public Map<String, String> publish(Actor.Person by, List<LevelText> levels, String changeNote) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (LevelText level : levels) {
            if (level.name() == null || level.name().isBlank()) {
                problems.put("name" + level.level(), "threshold.error.name");
            }
            if (level.lines().isEmpty() || level.lines().stream().anyMatch(l -> l.length() > MAX_DESCRIPTOR)) {
                problems.put("descriptors" + level.level(), "threshold.error.descriptors");
            }
        }
        if (changeNote == null || changeNote.isBlank()) {
            problems.put("changeNote", "threshold.error.changeNote");
        }
        if (levels.isEmpty() || !problems.isEmpty()) {
            return problems;
        }
        // serialises publishers: two edits at once would otherwise both take the same number
        jdbc.sql("lock table frontdoor.threshold_version in exclusive mode").update();
        int version = jdbc.sql("select max(version) + 1 from frontdoor.threshold_version").query(Integer.class).single();
        jdbc.sql("insert into frontdoor.threshold_version values (:v, :at, :by, :note)").param("v", version)
                .param("at", Timestamps.of(clock)).param("by", by.username()).param("note", changeNote.strip()).update();
        for (LevelText level : levels) {
            jdbc.sql("insert into frontdoor.threshold_level values (:v, :level, :name, :descriptors)")
                    .param("v", version).param("level", level.level()).param("name", level.name().strip())
                    .param("descriptors", level.lines().toArray(String[]::new)).update();
        }
        auditLog.record(by, AuditAction.CHANGE_SETTINGS, null, "threshold document version " + version);
        return Map.of();
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
