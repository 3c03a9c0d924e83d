package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The bean {@code workingTime} for BPMN expressions, counted from the engine's clock, e.g. a user task's
 * due date {@code ${workingTime.days(1)}} or {@code ${workingTime.hours(4)}}.
 */
@Component("workingTime")
public class WorkingTimeExpressions {

    private final WorkingCalendar calendar;
    private final BusinessClock clock;
    private final ZoneId zone;

    WorkingTimeExpressions(WorkingCalendar calendar, BusinessClock clock, ZoneId provinceZone) {
        this.calendar = calendar;
        this.clock = clock;
        this.zone = provinceZone;
    }

    /** Now plus the given number of working days. */
    public Date days(int days) {
        return toDate(calendar.addWorkingMinutes(now(), days * calendar.minutesPerWorkingDay()));
    }

    /** Now plus the given number of working hours. */
    public Date hours(int hours) {
        return toDate(calendar.addWorkingMinutes(now(), hours * 60L));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), zone);
    }

    private Date toDate(LocalDateTime t) {
        return Date.from(t.atZone(zone).toInstant());
    }
}
