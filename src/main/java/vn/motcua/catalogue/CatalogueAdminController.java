package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue import (docs/catalogue-import.md; {@code /api/admin/**} is for the {@code camunda-admin} group only):
 * the body is the file itself — JSON, XLSX, or a zip of the two CSV files — at most
 * {@link CatalogueFormats#MAX_BYTES} bytes (413 above). {@code diff} compares it with the stored catalogue and writes
 * nothing; {@code apply} writes it in one transaction. Every bad row and field is listed in a 400 problem.
 */
@RestController
@RequestMapping("/api/admin/catalogue")
class CatalogueAdminController {

    private final CatalogueImport imports;

    CatalogueAdminController(CatalogueImport imports) {
        this.imports = imports;
    }

    @PostMapping("/diff")
    CatalogueImport.Report diff(InputStream body) throws IOException {
        return imports.diff(read(body));
    }

    @PostMapping("/apply")
    CatalogueImport.Report apply(InputStream body, Principal caller) throws IOException {
        return imports.apply(read(body), caller.getName());
    }

    static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(CatalogueFormats.MAX_BYTES + 1);
        if (bytes.length > CatalogueFormats.MAX_BYTES) {
            throw new InvalidCatalogue.TooLarge(CatalogueFormats.MAX_BYTES);
        }
        return bytes;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCatalogue e) {
        return CatalogueProblems.invalid(e);
    }

    @ExceptionHandler
    ProblemDetail tooLarge(InvalidCatalogue.TooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("Tệp quá lớn");
        return problem;
    }
}
