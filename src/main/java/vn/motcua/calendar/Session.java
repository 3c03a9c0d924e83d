package vn.motcua.calendar;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** A working session of a day, e.g. 07:30-11:30; written {@code HH:mm-HH:mm} in the configuration. */
record Session(LocalTime start, LocalTime end) {

    Session {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a session must end after it starts: " + start + "-" + end);
        }
    }

    static Session parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a session is written HH:mm-HH:mm, not " + text);
        }
        return new Session(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
    }

    long minutes() {
        return ChronoUnit.MINUTES.between(start, end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
