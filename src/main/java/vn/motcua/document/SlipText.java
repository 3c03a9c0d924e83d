package vn.motcua.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, amounts and counts read on the slips. */
public final class SlipText {

    /** "09 giờ 00 phút, ngày 12/02/2019", the form the Circular prints. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SlipText() {
    }

    /** A time as slips, forms and notifications write it: "09 giờ 00 phút, ngày 12/02/2019". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * The place and date line of an administrative document, e.g. "Bình Phước, ngày 05 tháng 02 năm 2019":
     * days below 10 and the months January and February take a leading zero (Decree 30/2020).
     */
    static String placeDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        String text = "ngày " + day + " tháng " + month + " năm " + date.getYear();
        return place == null ? "Ngày" + text.substring(4) : place + ", " + text;
    }

    /** "100.000 đồng"; zero reads "Không thu". */
    static String money(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "Không thu";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(amount) + " đồng";
    }

    /** Counts on forms read with two digits: "01", "12". */
    static String count(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
