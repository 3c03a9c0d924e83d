package vn.motcua.modelling;

/**
 * Text written into generated files. Analyst text (step names, component names, sources) only ever appears as XML
 * attribute or element text, escaped here, or as a JUEL string literal built by {@link #juelString}: inert data,
 * never an expression.
 */
final class Xml {

    private Xml() {
    }

    /**
     * Analyst text for a name or documentation: escaped, and with {@code ${} and {@code #{} turned into their
     * full-width look-alikes ({@code ＄{}, {@code ＃{}), because the engine evaluates names with expressions (a
     * user task's name is an expression) and the deployment policy refuses any expression it does not allow.
     */
    static String text(String analystText) {
        return escape(analystText.replace("${", "＄{").replace("#{", "＃{"));
    }

    /** Escaped for an XML attribute value or element text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c >= 0x20 || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A JUEL expression that yields the text itself: {@code ${'…'}} with quotes and backslashes escaped, so that
     * {@code ${…}} or {@code #{…}} inside the text stays inside the string literal.
     */
    static String juelString(String text) {
        StringBuilder out = new StringBuilder("${'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            if (c >= 0x20) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        return out.append("'}").toString();
    }
}
