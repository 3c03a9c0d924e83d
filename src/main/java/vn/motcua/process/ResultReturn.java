package vn.motcua.process;


/**
 * Process API of the shared call activity {@code processes/tra-ket-qua.bpmn} (return of the result). In: the
 * variables of {@link DossierProcess} (dossierDueDate, routing.returnGroup, routing.signerGroup) and signedResultId.
 * Out: {@link #RETURN_METHOD}, {@link #RESULT_RECEIVER}, {@link #POSTAL_TRACKING_NUMBER}, signedResultId.
 */
public final class ResultReturn {

    public static final String PROCESS_KEY = "tra-ket-qua";
    /** The BPMN error of the verification step ({@link SignedResultProcess#RESULT_NOT_VALID}). */
    public static final String RESULT_NOT_VALID = SignedResultProcess.RESULT_NOT_VALID;

    /** {@code COUNTER}, {@code POST} or {@code ONLINE}. */
    public static final ProcessVariable<String> RETURN_METHOD = ProcessVariable.of("returnMethod", String.class);
    /** Who received the result (not asked for online return). */
    public static final ProcessVariable<String> RESULT_RECEIVER = ProcessVariable.of("resultReceiver", String.class);
    /** Postal item number when returned by post. */
    public static final ProcessVariable<String> POSTAL_TRACKING_NUMBER = ProcessVariable.of("postalTrackingNumber", String.class);
    /** The fee was collected: at the counter, or set by {@code DossierTaskListener} when it was paid online. */
    public static final ProcessVariable<Boolean> FEE_COLLECTED = ProcessVariable.of("feeCollected", Boolean.class);
    /**
     * The procedure's fee was paid online through the portal (read from the dossier by {@code DossierTaskListener}
     * when the return step opens and when it completes): the return form shows it instead of asking to collect it.
     */
    public static final ProcessVariable<Boolean> FEE_PAID_ONLINE = ProcessVariable.of("feePaidOnline", Boolean.class);
    /** The signer confirms the result was signed again after a failed verification. */
    public static final ProcessVariable<Boolean> RESIGN_CONFIRMED = ProcessVariable.of("resignConfirmed", Boolean.class);

    private ResultReturn() {
    }

    /** Element ids, named exactly as in the model. */
    public enum Element {
        StartEvent_ResultReady,
        Task_ReturnResult,
        Task_VerifyResult,
        BoundaryEvent_ResultNotValid,
        Task_ResignResult,
        Task_SignResultAgain,
        Gateway_ReturnMethod,
        EndEvent_ReturnedAtCounter,
        EndEvent_ReturnedOnline,
        Task_SendByPost,
        EndEvent_SentByPost;

        public String id() {
            return name();
        }
    }
}
