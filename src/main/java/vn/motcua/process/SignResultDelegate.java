package vn.motcua.process;

import static vn.motcua.process.SignedResultProcess.SIGNED_RESULT_ID;
import static vn.motcua.process.SignedResultProcess.SIGNER_USER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.signature.ResultSigning;
import vn.motcua.signature.SignedResult;

/**
 * Service task "Ký số kết quả" ({@code ${signResult}}), after the signer's approval: renders the result from the
 * process variables, signs it as the signer ({@code signerUserId}: named by the model, else recorded by
 * {@link DossierTaskListener} as the user who approved; else the engine's current user) and stores it; sets
 * {@code signedResultId}. The models run it after the approval's commit ({@code camunda:asyncBefore}): a failure
 * rolls back everything it did and, after the retries, becomes an incident ({@code failedJob}) an operator retries.
 */
@Component("signResult")
public class SignResultDelegate implements JavaDelegate {

    private final ResultSigning signing;
    private final ResultRequests requests;
    private final EngineAccess engine;

    public SignResultDelegate(ResultSigning signing, ResultRequests requests, EngineAccess engine) {
        this.signing = signing;
        this.requests = requests;
        this.engine = engine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignedResult result = signing.sign(requests.request(execution::getVariable, signer(execution)));
        SIGNED_RESULT_ID.set(execution, result.getId());
    }

    private String signer(DelegateExecution execution) {
        String configured = SIGNER_USER_ID.get(execution);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String current = engine.currentUserId();
        if (current == null) {
            throw new IllegalStateException("Không xác định được người ký: không ghi nhận được người phê duyệt và thiếu "
                    + "biến quy trình '" + SIGNER_USER_ID.name() + "'");
        }
        return current;
    }
}
