package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final CatalogueSkeletons skeletons;

    CatalogueAdminController(CatalogueImport imports, CatalogueSkeletons skeletons) {
        this.imports = imports;
        this.skeletons = skeletons;
    }

    @GetMapping("/skeletons")
    List<CatalogueSkeletons.Available> skeletons() {
        return skeletons.available();
    }

    @GetMapping("/procedures/{code}/skeleton")
    ResponseEntity<byte[]> skeleton(@PathVariable String code, @RequestParam(required = false) String effectiveFrom) {
        CatalogueSkeletons.Download download = skeletons.skeleton(code, effectiveFrom);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(download.zip());
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
    ProblemDetail notFound(CatalogueSkeletons.NotFound e) {
        return CatalogueProblems.notFound(e);
    }

    @ExceptionHandler
    ProblemDetail badDate(CatalogueSkeletons.BadDate e) {
        return CatalogueProblems.badDate(e);
    }

    @ExceptionHandler
    ProblemDetail unplannable(vn.motcua.modelling.SkeletonProblem e) {
        return CatalogueProblems.unplannable(e);
    }

    @ExceptionHandler
    ProblemDetail tooLarge(InvalidCatalogue.TooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("Tệp quá lớn");
        return problem;
    }
}
