package vn.motcua.procedure;

/**
 * Why a paper of a procedure case is not scanned at intake (Circular 03/2025/TT-VPCP Art. 5(2)); catalogue data
 * per component, applied only under the rule sets that say so ({@link RuleSet#digitisesAtIntake()}). A dossier
 * submitted electronically (channel ONLINE) is never scanned, whatever its components say.
 */
public enum ScanExemption {
    /** Scanned at intake. */
    NONE("cần số hóa"),
    /** Only presented for comparison (xuất trình), not handed in. */
    PRESENTED_ONLY("không số hóa: giấy tờ chỉ xuất trình để đối chiếu"),
    /** The verification result or opinion of a partner agency (unless sector law says otherwise). */
    PARTNER_REPLY("không số hóa: kết quả xác minh, ý kiến của cơ quan phối hợp"),
    /** A paper containing state secrets. */
    CLASSIFIED("không số hóa: giấy tờ có nội dung thuộc bí mật nhà nước");

    private final String label;

    ScanExemption(String label) {
        this.label = label;
    }

    /** What the intake form says about the paper (Vietnamese). */
    public String label() {
        return label;
    }
}
