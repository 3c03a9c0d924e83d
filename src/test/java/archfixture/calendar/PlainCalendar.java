package archfixture.calendar;

/** A well-behaved class: it uses nothing of the application. */
public class PlainCalendar {

    int minutesPerWorkingDay() {
        return 480;
    }
}
