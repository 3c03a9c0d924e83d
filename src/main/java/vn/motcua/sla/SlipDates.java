package vn.motcua.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the legal slips write them: "HH giờ mm phút, ngày dd/MM/yyyy". */
public final class SlipDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

    private SlipDates() {
    }

    public static String format(Instant t, ZoneId zone) {
        return FORMAT.format(t.atZone(zone));
    }
}
