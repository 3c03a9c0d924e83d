package vn.motcua.calendar;

/** Working calendars for tests of other packages, without Spring or a database. */
public final class TestCalendars {

    private TestCalendars() {
    }

    /** The 2019 calendar of DOMAIN.md's worked examples (Tết, 29/04 off, Saturday 04/05 worked). */
    public static WorkingCalendar domain2019() {
        return TestPlans.domain2019();
    }
}
