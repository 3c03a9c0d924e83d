package vn.motcua.monitoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.dossier.DossierStatus;

/**
 * Dossier statuses in monitoring SQL by name: {@code {RECEIVED}} in a query becomes the national-portal code
 * of {@link DossierStatus#RECEIVED} (the number the register stores), once, when the query is built. No query
 * carries a bare status number, and a name that is not a status fails when the class loads.
 */
final class StatusSql {

    private static final Pattern NAME = Pattern.compile("\\{([A-Z_]+)}");

    private StatusSql() {
    }

    /** The SQL with every {@code {STATUS_NAME}} replaced by that status's code. */
    static String of(String sql) {
        Matcher names = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            DossierStatus status;
            try {
                status = DossierStatus.valueOf(names.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a dossier status in monitoring SQL: {" + names.group(1) + "}", e);
            }
            names.appendReplacement(out, Integer.toString(status.code()));
        }
        names.appendTail(out);
        return out.toString();
    }
}
