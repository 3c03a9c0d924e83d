/**
 * Working time: weekly sessions, public holidays (lunar ones computed at UTC+7), make-up working days, and the arithmetic every deadline goes through. Exposed to BPMN expressions as the bean {@code workingTime}.
 */
package vn.motcua.calendar;
