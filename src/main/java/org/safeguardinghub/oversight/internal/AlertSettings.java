package org.safeguardinghub.oversight.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.oversight.rules.RuleParameter;
import org.safeguardinghub.oversight.rules.RuleSettings;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The numbers of the alert rules: the contract's defaults unless an administrator changed them.
 * Read on every evaluation, so they are kept in memory and reloaded after a change here and every
 * minute (changes made on another node).
 */
@Service
public class AlertSettings {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private volatile RuleSettings current;

    AlertSettings(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public RuleSettings current() {
        RuleSettings settings = current;
        if (settings == null) {
            reload();
            settings = current;
        }
        return settings;
    }

    /** Changes one number; empty if accepted, otherwise the message key of the problem. */
    public Optional<String> change(Actor by, RuleParameter parameter, int value) {
        if (!parameter.allows(value)) {
            return Optional.of("rules.error.range");
        }
        jdbc.sql("""
                insert into oversight.rule_setting (parameter, value, changed_by, changed_at) values (:p, :v, :by, :at)
                on conflict (parameter) do update set value = excluded.value, changed_by = excluded.changed_by,
                                                      changed_at = excluded.changed_at""")
                .param("p", parameter.name()).param("v", value).param("by", by.auditName()).param("at", Timestamps.of(clock))
                .update();
        auditLog.record(by, AuditAction.CHANGE_SETTINGS, null, parameter + " = " + value);
        reload();
        return Optional.empty();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void reload() {
        Map<RuleParameter, Integer> changes = new EnumMap<>(RuleParameter.class);
        jdbc.sql("select parameter, value from oversight.rule_setting").query(rs -> {
            try {
                changes.put(RuleParameter.valueOf(rs.getString("parameter")), rs.getInt("value"));
            } catch (IllegalArgumentException retired) {
                // a parameter no longer used: ignore
            }
        });
        current = RuleSettings.with(changes);
    }
}
