package vn.motcua.monitoring;

/**
 * A report asked for an agency outside the caller's scope ({@link MonitoringReaders#scope()}): answered 403 with the
 * field {@code agency} named. Lists and totals without an agency are narrowed to the scope instead.
 */
public class ForeignAgency extends RuntimeException {

    private final String agency;

    ForeignAgency(String agency) {
        super("Cơ quan " + agency + " không thuộc phạm vi theo dõi của người dùng");
        this.agency = agency;
    }

    public String agency() {
        return agency;
    }
}
