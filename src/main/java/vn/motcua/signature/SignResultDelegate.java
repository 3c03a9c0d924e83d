package vn.motcua.signature;

import static vn.motcua.dossier.DossierProcess.AGENCY_NAME;
import static vn.motcua.dossier.DossierProcess.DOSSIER_CODE;
import static vn.motcua.dossier.DossierProcess.DOSSIER_ID;
import static vn.motcua.dossier.DossierProcess.PROCEDURE_CODE;
import static vn.motcua.dossier.DossierProcess.ROUTING;
import static vn.motcua.signature.SignedResultProcess.ROUTING_HANDLING_UNIT;
import static vn.motcua.signature.SignedResultProcess.SIGNED_RESULT_ID;
import static vn.motcua.signature.SignedResultProcess.SIGNER_USER_ID;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.document.ResultField;

/**
 * Service task "Ký số kết quả" ({@code ${signResult}}), right after the signer's approval: renders the
 * result from the process variables, signs it as the signer ({@code signerUserId}, else the user who
 * completed the task) and stores it; sets {@code signedResultId}.
 */
@Component("signResult")
class SignResultDelegate implements JavaDelegate {

    private final ResultSigning signing;

    SignResultDelegate(ResultSigning signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String procedureCode = PROCEDURE_CODE.require(execution);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ResultField field : signing.fields(procedureCode)) {
            Object value = execution.getVariable(field.name());
            if (value == null || value.toString().isBlank()) {
                throw new IllegalStateException("Thiếu biến quy trình '" + field.name() + "' (" + field.label()
                        + ") để lập kết quả");
            }
            fields.put(field.name(), value);
        }
        Map<?, ?> routing = ROUTING.get(execution);
        Object unit = routing == null ? null : routing.get(ROUTING_HANDLING_UNIT);
        SignedResult result = signing.sign(new ResultSigning.Request(DOSSIER_ID.require(execution),
                DOSSIER_CODE.require(execution), procedureCode, AGENCY_NAME.require(execution),
                unit == null ? null : unit.toString(), signer(execution), fields));
        SIGNED_RESULT_ID.set(execution, result.getId());
    }

    private static String signer(DelegateExecution execution) {
        String configured = SIGNER_USER_ID.get(execution);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw new IllegalStateException("Không xác định được người ký: không có người dùng đang đăng nhập và thiếu "
                    + "biến quy trình '" + SIGNER_USER_ID.name() + "'");
        }
        return current.getUserId();
    }
}
