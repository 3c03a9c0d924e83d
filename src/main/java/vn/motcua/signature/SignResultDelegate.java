package vn.motcua.signature;

import static vn.motcua.signature.SignedResultProcess.SIGNED_RESULT_ID;
import static vn.motcua.signature.SignedResultProcess.SIGNER_USER_ID;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;


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
        SignedResult result = signing.sign(signing.request(execution::getVariable, signer(execution)));
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
