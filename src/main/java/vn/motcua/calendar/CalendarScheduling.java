package vn.motcua.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily calendar alert check ({@link CalendarAlerts}). */
@Configuration
@EnableScheduling
class CalendarScheduling {
}
