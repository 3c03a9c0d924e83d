package vn.motcua.dossier;

import java.util.Arrays;

/** The national public-service portal's dossier status codes: the external and reporting vocabulary. */
public enum DossierStatus {
    /** Code 1: handed in (online: submitted on the portal), not yet accepted by the one-stop desk. */
    SUBMITTED(1, "Mới nộp, chưa tiếp nhận"),
    RECEIVED(2, "Đã tiếp nhận"),
    REFUSED(3, "Từ chối tiếp nhận"),
    PROCESSING(4, "Đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung"),
    AWAITING_FINANCIAL_OBLIGATION(6, "Chờ thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Công dân rút hồ sơ"),
    STOPPED(8, "Dừng xử lý"),
    PROCESSED(9, "Đã xử lý xong"),
    RETURNED(10, "Đã trả kết quả");

    private final int code;
    private final String label;

    DossierStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() { return code; }

    public String label() { return label; }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Mã trạng thái không hợp lệ: " + code));
    }

    /** Open = still in the one-stop shop's hands: not refused, withdrawn, stopped, processed or returned. */
    public boolean isOpen() {
        return !isResolved() && this != REFUSED && this != WITHDRAWN && this != STOPPED;
    }

    /** Resolved = processed or returned. */
    public boolean isResolved() {
        return this == PROCESSED || this == RETURNED;
    }
}
