package vn.motcua.dossier;

/** Formats of Vietnamese identifiers the API checks. */
final class Formats {

    private Formats() {
    }

    /** Citizen identity number (số định danh cá nhân / CCCD): exactly 12 digits. */
    static final String CITIZEN_ID = "\\d{12}";
    /** Tax code (mã số thuế): 10 digits, or 13 for a dependent unit. */
    static final String TAX_CODE = "\\d{10}|\\d{13}";
    /** Mobile 0[35789]xxxxxxxx or landline 02xxxxxxxxx, with 0 or +84. */
    static final String PHONE = "(0|\\+84)([35789]\\d{8}|2\\d{9})";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
}
