package vn.motcua.document;

/** The one-stop-shop forms of Circular 01/2018/TT-VPCP that Motcua prints, with their numbers and titles. */
public enum SlipForm {
    RECEIPT("01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    SUPPLEMENT_REQUEST("02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    REFUSAL("03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    APOLOGY("04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
    CONTROL_SLIP("05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    LOG_BOOK("06", "SỔ THEO DÕI HỒ SƠ");

    private final String number;
    private final String title;

    SlipForm(String number, String title) {
        this.number = number;
        this.title = title;
    }

    /** The form's number in the Circular, e.g. "01". */
    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The stored file's name, {@code <dossier code>_<form number>.pdf}, e.g. "000.00.20.H10-190425-0007_01.pdf". */
    public String fileName(String dossierCode) {
        return Require.text(dossierCode, "dossierCode") + "_" + number + ".pdf";
    }
}
