package vn.motcua.process;

import static vn.motcua.process.SignedResultProcess.RESULT_NOT_VALID;
import static vn.motcua.process.SignedResultProcess.RESULT_VERIFICATION;
import static vn.motcua.process.SignedResultProcess.RESULT_VERIFICATION_REASON;
import static vn.motcua.process.SignedResultProcess.SIGNED_RESULT_ID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.signature.NotAPdfException;
import vn.motcua.signature.SignatureVerifier;
import vn.motcua.signature.SignedResultFile;
import vn.motcua.signature.SignedResults;
import vn.motcua.signature.VerificationReport;

/**
 * Service task "Kiểm tra chữ ký số trước khi trả kết quả" ({@code ${verifyResultBeforeReturn}}): loads the
 * signed result, checks that the stored bytes are those registered and verifies the signature; anything but
 * VALID throws the BPMN error {@value SignedResultProcess#RESULT_NOT_VALID} with a Vietnamese message, after
 * setting {@code resultVerification} and {@code resultVerificationReason}.
 */
@Component("verifyResultBeforeReturn")
public class VerifyResultBeforeReturnDelegate implements JavaDelegate {

    private final SignedResults results;
    private final SignatureVerifier verifier;

    public VerifyResultBeforeReturnDelegate(SignedResults results, SignatureVerifier verifier) {
        this.results = results;
        this.verifier = verifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = SIGNED_RESULT_ID.get(execution);
        SignedResultFile file = id == null ? null : results.load(id).orElse(null);
        if (file == null) {
            fail(execution, VerificationReport.Status.UNSIGNED.name(), "Hồ sơ chưa có kết quả đã ký số ("
                    + SIGNED_RESULT_ID.name() + (id == null ? " chưa có" : " = " + id + " không tồn tại") + ").");
            return;
        }
        VerificationReport report;
        try {
            report = verifier.verify(file.bytes());
        } catch (NotAPdfException e) {
            fail(execution, VerificationReport.Status.INVALID.name(), "Tệp kết quả " + file.fileName()
                    + " không phải tệp PDF đọc được.");
            return;
        }
        if (!file.intact() && report.valid()) {
            fail(execution, VerificationReport.Status.MODIFIED_AFTER_SIGNING.name(), "Tệp kết quả " + file.fileName()
                    + " trong kho không còn khớp mã băm SHA-256 đã ghi khi ký.");
            return;
        }
        RESULT_VERIFICATION.set(execution, report.status().name());
        RESULT_VERIFICATION_REASON.set(execution, report.reason());
        if (!report.valid()) {
            throw new BpmnError(RESULT_NOT_VALID, "Kết quả " + file.fileName() + " không được trả: " + report.reason());
        }
    }

    private static void fail(DelegateExecution execution, String status, String reason) {
        RESULT_VERIFICATION.set(execution, status);
        RESULT_VERIFICATION_REASON.set(execution, reason);
        throw new BpmnError(RESULT_NOT_VALID, "Kết quả không được trả: " + reason);
    }
}
