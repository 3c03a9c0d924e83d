package vn.motcua.monitoring;

/** Percentages as shown in the reports: one decimal, null when the denominator is zero. */
final class Percent {

    private Percent() {
    }

    static Double of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }
}
