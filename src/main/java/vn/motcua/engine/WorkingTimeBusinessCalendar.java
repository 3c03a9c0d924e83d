package vn.motcua.engine;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import vn.motcua.calendar.WorkingCalendar;

/**
 * Lets analysts write durations in working time where Camunda Modeler asks for a due date or a timer
 * duration: {@code working:PT8H} (8 working hours), {@code working:P3D} (3 working days of the province's
 * sessions), {@code working:P1DT4H}. Anything else goes to the engine's own calendar unchanged.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

    static final String PREFIX = "working:";

    private final BusinessCalendar standard;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    WorkingTimeBusinessCalendar(BusinessCalendar standard, WorkingCalendar calendar, ZoneId zone) {
        this.standard = standard;
        this.calendar = calendar;
        this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        if (description == null || !description.startsWith(PREFIX)) {
            return startDate == null ? standard.resolveDuedate(description) : standard.resolveDuedate(description, startDate);
        }
        Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        LocalDateTime from = LocalDateTime.ofInstant(start.toInstant(), zone);
        return Date.from(calendar.addWorkingMinutes(from, workingMinutes(description)).atZone(zone).toInstant());
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return description != null && description.startsWith(PREFIX)
                ? resolveDuedate(description, (Date) null)
                : standard.resolveDuedate(description, task);
    }

    /** {@code working:P<d>DT<h>H<m>M} in working minutes: a day is the length of a working day. */
    long workingMinutes(String description) {
        String iso = description.substring(PREFIX.length()).trim();
        int t = iso.indexOf('T');
        try {
            long days = 0;
            if (!iso.startsWith("P")) {
                throw new DateTimeParseException("must start with P", iso, 0);
            }
            String datePart = t < 0 ? iso.substring(1) : iso.substring(1, t);
            if (!datePart.isEmpty()) {
                if (!datePart.endsWith("D")) {
                    throw new DateTimeParseException("only days (D) before T", iso, 1);
                }
                days = Long.parseLong(datePart.substring(0, datePart.length() - 1));
            }
            long time = t < 0 ? 0 : Duration.parse("P" + iso.substring(t)).toMinutes();
            if (days < 0 || time < 0 || (days == 0 && time == 0 && !iso.equals("P0D") && !iso.equals("PT0M"))) {
                throw new DateTimeParseException("empty or negative duration", iso, 0);
            }
            return days * calendar.minutesPerWorkingDay() + time;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ProcessEngineException("Thời hạn '" + description + "' không hợp lệ: viết " + PREFIX
                    + "PT8H (giờ làm việc), " + PREFIX + "P3D (ngày làm việc) hoặc " + PREFIX + "P1DT4H");
        }
    }
}
