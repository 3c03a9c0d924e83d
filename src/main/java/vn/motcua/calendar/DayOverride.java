package vn.motcua.calendar;

import java.time.LocalDate;

/** One date of a year's official notice: a day off or a make-up working day, with reason and source. */
record DayOverride(LocalDate date, OverrideKind kind, String reason, String sourceNotice) {
}
