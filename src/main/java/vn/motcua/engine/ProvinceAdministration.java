package vn.motcua.engine;

/**
 * What the Cockpit page "Quản lý tỉnh" needs of the province context (implemented by
 * {@code province.ProvinceAdministrationService}, so the engine adapter does not depend on a higher context):
 * each answer is an HTTP status and a JSON body, a problem ({@code status}, {@code title}, {@code detail},
 * {@code errors: [{field, message}]}) when the status is 400 or more.
 */
public interface ProvinceAdministration {

    record Answer(int status, String json) {
    }

    /** The description in force. */
    Answer current();

    /** The changes the uploaded file set (province.json or a zip) would make. */
    Answer diff(byte[] body);

    /** Applies the uploaded file set as {@code actor}; the audit rows written. */
    Answer apply(byte[] body, String actor);
}
