package vn.motcua.signature;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A dossier's result document: the signed PDF, and the draft the signer reads before approving. */
@RestController
@RequestMapping("/api/dossiers/{code}/result")
@Tag(name = "Kết quả giải quyết", description = "Giấy tờ kết quả đã ký số và bản dự thảo")
class ResultController {

    private final ResultDocuments documents;

    ResultController(ResultDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Kết quả đã ký số (PAdES) mới nhất của hồ sơ")
    ResponseEntity<byte[]> signed(@PathVariable String code) {
        SignedResultFile file = documents.signed(code);
        return pdf(file.bytes(), file.fileName());
    }

    @GetMapping(path = "/draft", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Dự thảo kết quả (chưa ký), từ dữ liệu của một công việc của hồ sơ mà người dùng được xem")
    ResponseEntity<byte[]> draft(@PathVariable String code) {
        return pdf(documents.draft(code), code + "_du-thao.pdf");
    }

    /** 404 (no such dossier for the user, no result yet) and 409 as problem+json, like the rest of /api. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> problem(org.springframework.web.server.ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(org.springframework.http.ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason()));
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
