package vn.motcua.document;

/**
 * A field a result template prints: its name (also the name of the process variable and form field that
 * carries it) and its Vietnamese label. A required field must be there to sign ("nothing is printed blank"); an
 * optional one (e.g. the father's name on a birth certificate, which the law leaves blank when he is not known) is
 * printed empty when the dossier has none.
 */
public record ResultField(String name, String label, boolean optional) {

    /** A required field. */
    public ResultField(String name, String label) {
        this(name, label, false);
    }
}
