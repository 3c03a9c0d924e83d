package vn.motcua.document;

/**
 * A field a result template prints: its name (also the name of the process variable and form field that
 * carries it) and its Vietnamese label.
 */
public record ResultField(String name, String label) {
}
