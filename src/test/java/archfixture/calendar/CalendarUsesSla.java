package archfixture.calendar;

import archfixture.sla.SlaPolicy;

/** Deliberately bad: the lowest context uses a higher one. */
public class CalendarUsesSla {

    SlaPolicy policy;
}
