package vn.motcua.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three online-service indicators of the 2019 Bình Phước e-government report, for one year, against
 * their targets, with the province's 2018 baseline:
 * <ol>
 * <li>procedures offered at level 3/4 that received at least one online dossier ÷ procedures offered at
 * level 3/4 (2018: 2.75%, target 60%);</li>
 * <li>online dossiers of level-3/4 procedures ÷ all dossiers of those procedures (2018: 1.38%, target 40%);</li>
 * <li>the same for level-4 procedures (2018: 7.36%, target 30%).</li>
 * </ol>
 * Levels are those of the dossier at receipt (stored on each dossier), and of the procedure's catalogue entry
 * for the offer.
 */
record OnlineIndicators(int year, List<Indicator> indicators) {

    /** One indicator: numerator, denominator, value and target in percent, and the 2018 baseline. */
    record Indicator(int number, String name, long numerator, long denominator, Double value, double target,
                     double baseline2018) {

        /** Whether the year's value reaches the target; null when there is no data. */
        Boolean met() {
            return value == null ? null : value >= target;
        }
    }

    /** A procedure offered online in the year: its code and level (PARTIAL = level 3, FULL = level 4). */
    record Offer(String procedureCode, String level) {
    }

    /** Dossiers received in the year per procedure and level at receipt: all of them, and those online. */
    record Received(String procedureCode, String level, long all, long online) {
    }

    static OnlineIndicators compute(int year, Collection<Offer> offers, Collection<Received> received) {
        Set<String> offered = offers.stream().filter(o -> isOnlineLevel(o.level())).map(Offer::procedureCode)
                .collect(Collectors.toSet());
        Set<String> withOnline = received.stream().filter(r -> r.online() > 0 && isOnlineLevel(r.level()))
                .map(Received::procedureCode).filter(offered::contains).collect(Collectors.toSet());
        long all34 = received.stream().filter(r -> isOnlineLevel(r.level())).mapToLong(Received::all).sum();
        long online34 = received.stream().filter(r -> isOnlineLevel(r.level())).mapToLong(Received::online).sum();
        long all4 = received.stream().filter(r -> "FULL".equals(r.level())).mapToLong(Received::all).sum();
        long online4 = received.stream().filter(r -> "FULL".equals(r.level())).mapToLong(Received::online).sum();
        return new OnlineIndicators(year, List.of(
                new Indicator(1, "Tỷ lệ TTHC mức độ 3, 4 có phát sinh hồ sơ trực tuyến", withOnline.size(), offered.size(),
                        Percent.of(withOnline.size(), offered.size()), 60, 2.75),
                new Indicator(2, "Tỷ lệ hồ sơ trực tuyến của các TTHC mức độ 3, 4", online34, all34,
                        Percent.of(online34, all34), 40, 1.38),
                new Indicator(3, "Tỷ lệ hồ sơ trực tuyến của các TTHC mức độ 4", online4, all4,
                        Percent.of(online4, all4), 30, 7.36)));
    }

    private static boolean isOnlineLevel(String level) {
        return "PARTIAL".equals(level) || "FULL".equals(level);
    }
}
