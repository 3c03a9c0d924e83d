package vn.motcua.calendar;

/** What a year's official notice says about a date. */
enum OverrideKind {
    /** An extra day off (e.g. a swapped bridging day), on a day that would otherwise be worked. */
    DAY_OFF,
    /** A make-up working day (ngày làm bù): a Saturday or Sunday worked with the make-up sessions. */
    MAKE_UP_WORKING_DAY
}
