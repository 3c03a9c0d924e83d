package vn.motcua.document;

import java.text.Normalizer;

/**
 * The name an uploaded file is stored and shown under, made safe from the name the client sent: NFC (so that
 * "ế" is one letter however the client composed it), only the last path part ({@code ../../etc/passwd} and
 * {@code C:\x\y.pdf} lose their folders), no control or invisible formatting characters (bidirectional
 * overrides such as U+202E that make {@code hoso‮fdp.exe} look like {@code hosoexe.pdf}, zero-width
 * characters), none of {@code < > : " | ? * \ /}, no leading dots or spaces, at most {@value #MAX_LENGTH}
 * characters with the extension kept. Vietnamese and other letters, digits and ordinary punctuation stay.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 120;
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    /** The safe name, or {@code fallback} when nothing of the original is left. */
    public static String safe(String original, String fallback) {
        if (original == null) {
            return fallback;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (visible(c)) {
                kept.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            }
        });
        String cleaned = kept.toString().replaceAll(" {2,}", " ").strip().replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            return fallback;
        }
        return shortened(cleaned);
    }

    private static boolean visible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
