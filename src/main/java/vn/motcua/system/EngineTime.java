package vn.motcua.system;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, which tests move: every time a process step records comes from here. */
public final class EngineTime {

    private EngineTime() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
