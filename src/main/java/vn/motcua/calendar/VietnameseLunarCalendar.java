package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese lunisolar calendar, computed at UTC+7 (not the Chinese UTC+8) from astronomical new moons
 * and the sun's apparent longitude.
 *
 * <p>Rules: a month starts on the local (UTC+7) day of a new moon; month 11 is the month containing the
 * winter solstice (sun at 270°); when 13 months lie between two months 11, the first of them that contains
 * no major solar term (sun longitude a multiple of 30°) is the leap month and repeats the number before it.
 *
 * <p>Astronomy: new moons from the series of J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., ch. 49),
 * converted from dynamical to universal time with the Espenak-Meeus ΔT polynomial; the sun's apparent
 * longitude from the low-precision solar theory of ch. 25 (about 0.01°). Good for 1900-2100.
 */
final class VietnameseLunarCalendar {

    /** Offset of Vietnam's civil time from UTC, in days. */
    private static final double ZONE_DAYS = 7.0 / 24.0;

    /** Julian day number of 1970-01-01 at noon. */
    private static final long JDN_EPOCH_DAY_0 = 2440588L;

    private VietnameseLunarCalendar() {
    }

    /** A lunar month: its number (1-12), whether it is the leap repeat of that number, and its first day. */
    record LunarMonth(int number, boolean leap, LocalDate firstDay) {
    }

    /** The first day of lunar year {@code year} (Tết Nguyên đán). */
    static LocalDate newYear(int year) {
        return toSolar(year, 1, 1, false);
    }

    /** The solar date of a lunar date of lunar year {@code year}. */
    static LocalDate toSolar(int year, int month, int day, boolean leap) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no such lunar date: " + day + "/" + month);
        }
        // months 1-10 lie between month 11 of the previous solar year and month 11 of this one;
        // months 11 and 12 start at month 11 of this solar year, before the next month 1
        List<LunarMonth> months = monthsFromMonth11(month >= 11 ? year : year - 1);
        boolean newYearSeen = false;
        for (LunarMonth m : months.subList(0, months.size() - 1)) {
            newYearSeen |= m.number() == 1;
            boolean inYear = month >= 11 ? !newYearSeen : newYearSeen;
            if (inYear && m.number() == month && m.leap() == leap) {
                return m.firstDay().plusDays(day - 1L);
            }
        }
        throw new IllegalArgumentException("no such lunar month in " + year + ": " + month + (leap ? " (leap)" : ""));
    }

    /**
     * The months from month 11 of solar year {@code solarYear} (inclusive) to month 11 of the next solar
     * year (inclusive), numbered, with the leap month marked.
     */
    static List<LunarMonth> monthsFromMonth11(int solarYear) {
        long a11 = month11NewMoonIndex(solarYear);
        long b11 = month11NewMoonIndex(solarYear + 1);
        int count = (int) (b11 - a11);
        List<LunarMonth> months = new ArrayList<>();
        int number = 11;
        boolean leapFound = count == 12;
        for (int i = 0; i <= count; i++) {
            long startDay = newMoonLocalEpochDay(a11 + i);
            boolean leap = false;
            if (i > 0) {
                if (!leapFound && i < count && !containsMajorTerm(a11 + i)) {
                    leap = true;
                    leapFound = true;
                } else {
                    number = number % 12 + 1;
                }
            }
            months.add(new LunarMonth(number, leap, LocalDate.ofEpochDay(startDay)));
        }
        return months;
    }

    /** The lunar date of a solar date, as {lunar year, month, day, leap ? 1 : 0}. */
    static int[] toLunar(LocalDate date) {
        for (int solarYear : new int[] {date.getYear() - 1, date.getYear()}) {
            List<LunarMonth> months = monthsFromMonth11(solarYear);
            boolean newYearSeen = false;
            for (int i = 0; i < months.size() - 1; i++) {
                LunarMonth m = months.get(i);
                newYearSeen |= m.number() == 1;
                if (!date.isBefore(m.firstDay()) && date.isBefore(months.get(i + 1).firstDay())) {
                    int lunarYear = newYearSeen ? solarYear + 1 : solarYear;
                    int day = (int) (date.toEpochDay() - m.firstDay().toEpochDay()) + 1;
                    return new int[] {lunarYear, m.number(), day, m.leap() ? 1 : 0};
                }
            }
        }
        throw new IllegalStateException("date not covered: " + date);
    }

    /** Index k (Meeus' lunation number) of the new moon that starts month 11 of the given solar year. */
    private static long month11NewMoonIndex(int solarYear) {
        long solsticeDay = localEpochDay(solarTermJde(solarYear, 270.0));
        long k = Math.round((solarYear + 11.5 / 12.0 - 2000) * 12.3685);
        // the latest new moon whose local day is not after the solstice's local day
        while (newMoonLocalEpochDay(k) > solsticeDay) {
            k--;
        }
        while (newMoonLocalEpochDay(k + 1) <= solsticeDay) {
            k++;
        }
        return k;
    }

    /** Whether the month starting with new moon k contains a major solar term (sun longitude 30°·n). */
    private static boolean containsMajorTerm(long k) {
        return sector(newMoonLocalEpochDay(k)) != sector(newMoonLocalEpochDay(k + 1));
    }

    /** The 30° sector of the sun's apparent longitude at the start (local midnight) of a day. */
    private static int sector(long localEpochDay) {
        double jd = localEpochDay + JDN_EPOCH_DAY_0 - 0.5 - ZONE_DAYS;
        return (int) Math.floor(sunApparentLongitude(jd) / 30.0);
    }

    /** The local (UTC+7) civil day of new moon k, as an epoch day. */
    static long newMoonLocalEpochDay(long k) {
        double jdUt = newMoonJde(k) - deltaTDays(k);
        return localEpochDay(jdUt);
    }

    private static long localEpochDay(double jdUt) {
        return (long) Math.floor(jdUt + 0.5 + ZONE_DAYS) - JDN_EPOCH_DAY_0;
    }

    /** Julian ephemeris day of the mean-corrected new moon k (k = 0 near 2000-01-06). */
    private static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        // the largest planetary arguments
        double a1 = rad(299.77 + 0.107408 * k - 0.009173 * t2);
        double a2 = rad(251.88 + 0.016321 * k);
        double a3 = rad(251.83 + 26.651886 * k);
        double a4 = rad(349.42 + 36.412478 * k);
        double planetary = 0.000325 * Math.sin(a1) + 0.000165 * Math.sin(a2) + 0.000164 * Math.sin(a3)
                + 0.000126 * Math.sin(a4);
        return jde + c + planetary;
    }

    /** ΔT = TT - UT in days (Espenak-Meeus polynomials, 1900-2150). */
    private static double deltaTDays(long k) {
        double y = 2000 + k / 12.3685;
        double seconds;
        if (y < 1920) {
            double t = y - 1900;
            seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        } else if (y < 1941) {
            double t = y - 1920;
            seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        } else if (y < 1961) {
            double t = y - 1950;
            seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        } else if (y < 1986) {
            double t = y - 1975;
            seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        } else if (y < 2005) {
            double t = y - 2000;
            seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        } else if (y < 2050) {
            double t = y - 2000;
            seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
        } else {
            double u = (y - 1820) / 100;
            seconds = -20 + 32 * u * u - 0.5628 * (2150 - y);
        }
        return seconds / 86400.0;
    }

    /** Apparent geocentric longitude of the sun in degrees [0, 360) at Julian day {@code jd}. */
    static double sunApparentLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        double lambda = l0 + center - 0.00569 - 0.00478 * Math.sin(omega);
        return ((lambda % 360) + 360) % 360;
    }

    /** The Julian day (UT, to within minutes) when the sun reaches {@code longitude} in the given year. */
    private static double solarTermJde(int year, double longitude) {
        // the sun moves ~0.9856°/day; start from a rough date and refine
        double jd = LocalDate.of(year, 3, 20).toEpochDay() + JDN_EPOCH_DAY_0 + longitude / 0.9856;
        for (int i = 0; i < 50; i++) {
            double diff = longitude - sunApparentLongitude(jd);
            diff = ((diff + 180) % 360 + 360) % 360 - 180;
            jd += diff / 0.9856;
            if (Math.abs(diff) < 1e-7) {
                break;
            }
        }
        return jd;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
