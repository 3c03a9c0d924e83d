package vn.motcua.calendar;

import java.time.Instant;

/**
 * The clock every step of a dossier is recorded on: in production the wall clock, in tests the process
 * engine's clock, which they move to reach a deadline (the adapter in {@code vn.motcua.engine} supplies it).
 * Register rows, slips, SLA arithmetic and engine timers all read this one clock, so they agree.
 */
@FunctionalInterface
public interface BusinessClock {

    Instant now();
}
