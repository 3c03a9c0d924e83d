package vn.motcua.document;

/**
 * One component (thành phần hồ sơ) of a dossier as printed on the slips.
 *
 * @param name the paper's name, e.g. "Giấy đề nghị đăng ký hộ kinh doanh"
 * @param originals number of originals (bản chính) handed in or required
 * @param copies number of copies (bản sao) handed in or required
 * @param mandatory whether the procedure requires it
 * @param handedIn true when the applicant handed it in; false when it is missing or must be corrected
 *     (those are the items of a supplement request)
 * @param note optional: for a missing item, what exactly to add or correct
 */
public record SlipComponent(String name, int originals, int copies, boolean mandatory, boolean handedIn,
        String note) {

    public SlipComponent {
        name = Require.text(name, "component name");
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("component originals and copies must not be negative: " + name);
        }
        note = Require.optional(note);
    }
}
