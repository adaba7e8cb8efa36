package org.safeguardinghub.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.risk.internal.ToolDefinitionRule;
import org.safeguardinghub.risk.internal.ToolJson;
import org.safeguardinghub.risk.internal.ToolStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening tool as versioned data: the version in force, any earlier one (each screening
 * names the version it used), and publishing a new one. The product ships a default tool
 * ({@code risk/default-tool.json}), written for it from public descriptions of the signs of sexual
 * and criminal exploitation; it becomes version 1 the first time a tool is needed. A published
 * version never changes, so versions are cached once read.
 */
@Service
public class ScreeningTools {

    public static final String DEFAULT_TOOL = "/risk/default-tool.json";
    static final int MAX_NOTE = 1000;

    private final ToolStore store;
    private final ToolJson json;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Map<Integer, ScreeningTool> versions = new ConcurrentHashMap<>();

    ScreeningTools(ToolStore store, JsonMapper json, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.json = new ToolJson(json);
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The version in force (the shipped default, published as version 1 if there is none yet). */
    public ScreeningTool current() {
        int version = store.currentVersion();
        if (version == 0) {
            store.publishFirst(json.readStored(defaultDefinition()), "system:risk",
                    "The tool that ships with Safeguarding Hub", clock.instant());
            version = store.currentVersion();
        }
        return version(version);
    }

    public ScreeningTool version(int version) {
        return versions.computeIfAbsent(version, v -> store.version(v)
                .orElseThrow(() -> new IllegalArgumentException("no risk tool version " + v)));
    }

    /** Every version, newest first. */
    public List<ScreeningTool> all() {
        current();
        return store.all();
    }

    /** The definition as the JSON document administrators edit. */
    public String asJson(ToolDefinition definition) {
        return json.write(definition);
    }

    /**
     * Publishes a new version from its JSON and a note of what changed; the problems (message keys
     * with their subjects) if it cannot be, and then nothing is stored.
     */
    @Transactional
    public List<Reason> publish(Actor.Person by, String definition, String note) {
        List<Reason> problems = new ArrayList<>();
        if (!by.has(Role.ADMINISTRATOR)) {
            return List.of(Reason.of("risk.tool.error.administrator"));
        }
        var read = json.read(definition, message -> problems.add(Reason.of("risk.tool.error.json", message)));
        read.ifPresent(d -> problems.addAll(ToolDefinitionRule.problems(d)));
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
            problems.add(Reason.of("risk.tool.error.note", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int version = store.publish(read.orElseThrow(), by.username(), note.strip(), clock.instant());
        auditLog.record(by, AuditAction.CHANGE_SETTINGS, null, "exploitation risk tool version " + version);
        return List.of();
    }

    /** The shipped default tool's JSON. */
    public static String defaultDefinition() {
        try (InputStream in = ScreeningTools.class.getResourceAsStream(DEFAULT_TOOL)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
