package vn.motcua.process;


/**
 * Process API of the shared call activity {@code processes/ky-so-ket-qua.bpmn}: the signer approves and the result is
 * signed ({@code ${signResult}}), or rejects with a reason. Out: signDecision, {@link #SIGN_REJECT_REASON}, signedResultId.
 */
public final class ResultSignature {

    public static final String PROCESS_KEY = "ky-so-ket-qua";

    /** Why the signer sent the draft back. */
    public static final ProcessVariable<String> SIGN_REJECT_REASON = ProcessVariable.of("signRejectReason", String.class);

    private ResultSignature() {
    }

    /** Element ids, named exactly as in the model. */
    public enum Element {
        StartEvent_SignRequested,
        Task_Sign,
        Gateway_SignDecision,
        Task_SignResult,
        EndEvent_ResultSigned,
        EndEvent_SignRejected;

        public String id() {
            return name();
        }
    }
}
