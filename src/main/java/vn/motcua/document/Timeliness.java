package vn.motcua.document;

/** Result of a step or a dossier against its deadline, as printed on the control slip. */
public enum Timeliness {
    EARLY("Trước hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
