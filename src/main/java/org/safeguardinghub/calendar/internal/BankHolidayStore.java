package org.safeguardinghub.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bank holiday list, with who last changed each day. */
@Repository
public class BankHolidayStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    BankHolidayStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<WorkingDays.BankHoliday> all() {
        return jdbc.sql("select day, name from calendar.bank_holiday order by day")
                .query((rs, n) -> new WorkingDays.BankHoliday(rs.getObject("day", LocalDate.class), rs.getString("name")))
                .list();
    }

    public List<LocalDate> days() {
        return jdbc.sql("select day from calendar.bank_holiday").query(LocalDate.class).list();
    }

    public void put(LocalDate day, String name, String by) {
        jdbc.sql("""
                insert into calendar.bank_holiday (day, name, changed_by, changed_at) values (:day, :name, :by, :at)
                on conflict (day) do update set name = excluded.name, changed_by = excluded.changed_by,
                                                changed_at = excluded.changed_at""")
                .param("day", day).param("name", name).param("by", by).param("at", Timestamps.of(clock)).update();
    }

    public void remove(LocalDate day) {
        jdbc.sql("delete from calendar.bank_holiday where day = :day").param("day", day).update();
    }
}
