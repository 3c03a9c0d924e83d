package vn.motcua.calendar;

/**
 * Something about the working calendar operators must act on, e.g. {@code NEXT_YEAR_NOTICE_MISSING}: from
 * 1 December, next year has no verified official notice, so its deadlines may miss swapped days.
 */
public record CalendarAlert(String code, int year, String message) {
}
