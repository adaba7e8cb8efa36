package org.safeguardinghub.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.calendar.internal.BankHolidayStore;
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

    private final BankHolidayStore store;
    private final AuditLog auditLog;
    private volatile WorkingDayCalendar calendar;

    WorkingDays(BankHolidayStore store, AuditLog auditLog) {
        this.store = store;
        this.auditLog = auditLog;
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
        return store.all();
    }

    public void add(Actor by, LocalDate day, String name) {
        store.put(day, name.strip(), by.auditName());
        auditLog.record(by, AuditAction.CHANGE_SETTINGS, null, "bank holiday " + day + " " + name.strip());
        reload();
    }

    public void remove(Actor by, LocalDate day) {
        store.remove(day);
        auditLog.record(by, AuditAction.CHANGE_SETTINGS, null, "removed bank holiday " + day);
        reload();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void reload() {
        calendar = new WorkingDayCalendar(store.days());
    }
}
