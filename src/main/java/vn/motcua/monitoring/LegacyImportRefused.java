package vn.motcua.monitoring;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.motcua.dossier.FieldProblem;

/**
 * A past-dossier file that is not imported: bad rows (422), rows of agencies the caller may not import for (403),
 * a file applied before (409) or too large (413); answered as a problem naming every field.
 */
class LegacyImportRefused extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> errors;
    private final int errorCount;

    LegacyImportRefused(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errorCount = errors.size();
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), LegacyImports.MAX_LISTED)));
    }

    HttpStatus status() { return status; }

    String title() { return title; }

    List<FieldProblem> errors() { return errors; }

    int errorCount() { return errorCount; }
}
