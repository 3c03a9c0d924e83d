package vn.motcua.engine;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.BusinessClock;

/**
 * The engine's clock as the one-stop shop's {@link BusinessClock}. Timers and due dates are computed by the
 * engine on this clock; tests and the demo loader move it with {@link #moveTo} and put it back with
 * {@link #reset}.
 */
@Component
public class EngineClock implements BusinessClock {

    @Override
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** From now on the engine (and so every step) reads this time. */
    public void moveTo(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    /** Back to the wall clock. */
    public void reset() {
        ClockUtil.reset();
    }
}
