package org.safeguardinghub.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The shared working-day calendar with the bank holidays administrators maintain. The list is
 * read into memory and reloaded after a change here and every ten minutes (changes on other nodes).
 */
@Service
public class WorkingDays {

    /** A bank holiday as listed. */
    public record BankHoliday(LocalDate day, String name) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private volatile WorkingDayCalendar calendar;

    WorkingDays(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null) {
            reload();
            current = calendar;
        }
        return current;
    }

    public Instant deadline(Instant start, int workingDays) {
        return calendar().deadline(start, workingDays);
    }

    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        return calendar().plusWorkingDays(day, workingDays);
    }

    public List<BankHoliday> holidays() {
        return jdbc.sql("select day, name from oversight.bank_holiday order by day")
                .query((rs, n) -> new BankHoliday(rs.getObject("day", LocalDate.class), rs.getString("name"))).list();
    }

    public void add(Viewer by, LocalDate day, String name) {
        jdbc.sql("""
                insert into oversight.bank_holiday (day, name, changed_by, changed_at) values (:day, :name, :by, :at)
                on conflict (day) do update set name = excluded.name, changed_by = excluded.changed_by,
                                                changed_at = excluded.changed_at""")
                .param("day", day).param("name", name.strip()).param("by", by.actor()).param("at", Timestamps.of(clock))
                .update();
        auditLog.record(by, AuditAction.CHANGE_SETTINGS, null, "bank holiday " + day + " " + name.strip());
        reload();
    }

    public void remove(Viewer by, LocalDate day) {
        jdbc.sql("delete from oversight.bank_holiday where day = :day").param("day", day).update();
        auditLog.record(by, AuditAction.CHANGE_SETTINGS, null, "removed bank holiday " + day);
        reload();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void reload() {
        calendar = new WorkingDayCalendar(jdbc.sql("select day from oversight.bank_holiday").query(LocalDate.class).list());
    }
}
