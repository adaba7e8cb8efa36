package org.safeguardinghub.chronology;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.shared.HubTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records due for retention review: for each child and each kind of agency that recorded about
 * them, whether the current retention rule says the records are due (from the child's birth or the
 * agency's last entry). Flagged for the data protection officer, who decides; nothing is deleted.
 */
@Service
public class Retention {

    /** One child's records of one agency type, due for review since {@code dueOn}. */
    public record Due(ChildId child, AgencyType agencyType, LocalDate dueOn, RetentionRule rule) {
    }

    static final int SHOWN = 200;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    Retention(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The rules of the latest published version, by agency type. */
    public Map<AgencyType, RetentionRule> rules() {
        return jdbc.sql("""
                select agency_type, basis, years, note from chronology.retention_rule
                where version = (select max(version) from chronology.retention_rule)""")
                .query((rs, n) -> new RetentionRule(AgencyType.valueOf(rs.getString(1)),
                        RetentionRule.Basis.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4)))
                .list().stream().collect(Collectors.toMap(RetentionRule::agencyType, Function.identity()));
    }

    /** The records due for review today, soonest due first (at most {@link #SHOWN}); the list is audited per child. */
    @Transactional
    public List<Due> due(Actor viewer) {
        Map<AgencyType, RetentionRule> rules = rules();
        LocalDate today = LocalDate.now(clock.withZone(HubTime.ZONE));
        List<Due> due = jdbc.sql("""
                select c.id, c.date_of_birth, a.type, max(e.occurred_at) as last_entry
                from chronology.event e join access.agency a on a.id = e.agency_id join chronology.child c on c.id = e.child_id
                where not e.superseded group by c.id, c.date_of_birth, a.type""")
                .query((rs, n) -> {
                    RetentionRule rule = rules.get(AgencyType.valueOf(rs.getString(3)));
                    Date born = rs.getDate(2);
                    LocalDate last = rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(HubTime.ZONE).toLocalDate();
                    LocalDate dob = born == null ? null : born.toLocalDate();
                    return rule == null || !rule.due(dob, last, today) ? null
                            : new Due(new ChildId(rs.getObject(1, UUID.class)), rule.agencyType(),
                                    rule.dueOn(dob, last).orElseThrow(), rule);
                }).list().stream().filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Due::dueOn)).limit(SHOWN).toList();
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, due.stream().map(d -> d.child().value()).distinct().toList(),
                "records due for retention review");
        return due;
    }
}
