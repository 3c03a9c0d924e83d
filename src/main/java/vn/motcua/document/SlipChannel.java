package vn.motcua.document;

/** How the dossier reached the one-stop shop, as printed on the slips. */
public enum SlipChannel {
    DIRECT("Trực tiếp tại Bộ phận Một cửa"),
    ONLINE("Trực tuyến"),
    POSTAL("Qua dịch vụ bưu chính công ích");

    private final String label;

    SlipChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
