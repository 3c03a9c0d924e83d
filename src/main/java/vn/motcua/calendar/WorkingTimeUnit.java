package vn.motcua.calendar;

/** The unit a legal duration is expressed in (thời hạn giải quyết). */
public enum WorkingTimeUnit {
    /** ngày làm việc: a working day is the length of the weekly sessions of a working day (8 h by default). */
    WORKING_DAYS,
    /** giờ làm việc. */
    WORKING_HOURS,
    /** ngày (calendar days): added as calendar days, then moved off a non-working day. */
    CALENDAR_DAYS
}
