/**
 * Working time: weekly sessions ({@code motcua.calendar.*}), public holidays by rule (lunar ones computed at
 * UTC+7), each year's official notice (days off and make-up working days, table {@code calendar_day_override},
 * seeded from {@code calendar/vn-calendar-overrides.json}, administered under {@code /api/admin/calendar}),
 * and the arithmetic every deadline goes through ({@link vn.motcua.calendar.WorkingCalendar}). Exposed to BPMN
 * expressions as the bean {@code workingTime}; plugged into the engine by {@code vn.motcua.engine}. The
 * {@link vn.motcua.calendar.BusinessClock} is the clock every step is recorded on. See docs/calendar.md.
 */
package vn.motcua.calendar;
