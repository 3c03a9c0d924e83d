package archfixture.engine;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine adapter may read engine internals. */
public class EngineClockFixture {

    Date now() {
        return ClockUtil.getCurrentTime();
    }
}
