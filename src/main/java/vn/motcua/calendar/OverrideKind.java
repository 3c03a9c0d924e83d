package vn.motcua.calendar;

/** What a year's official notice says about a date. */
enum OverrideKind {
    /** An extra day off (e.g. a swapped bridging day), on a day that would otherwise be worked. */
    DAY_OFF,
    /** A make-up working day (ngày làm bù): a Saturday or Sunday worked with the make-up sessions. */
    MAKE_UP_WORKING_DAY,
    /**
     * A weekday that {@link HolidayRules} makes a holiday (Tết, its compensatory days, the day adjacent to 2/9)
     * but that the Prime Minister's decision places elsewhere (Labour Code 2019 Art. 112(3)): it is worked with
     * the weekday's sessions. Paired with a {@link #DAY_OFF} on the date the decision chose, it moves the rule day.
     */
    RULE_DAY_WORKED
}
