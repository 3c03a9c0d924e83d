package archfixture.dossier;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Deliberately bad: a domain context reads an engine internal. */
public class ClockReader {

    Date now() {
        return ClockUtil.getCurrentTime();
    }
}
