package vn.motcua.process;

/**
 * Process API of {@code processes/dang-ky-ho-kinh-doanh.bpmn} (procedure 1.001612), the model analysts copy:
 * the process key and the element ids code and tests refer to, and the business's fields (the form fields of
 * its steps and the fields of its certificate); the rest of its variables are those of {@link DossierProcess}.
 * Signing and the return of the result are the shared processes ({@link ResultSignature}, {@link ResultReturn}),
 * called like in every other procedure.
 */
public final class HouseholdBusinessRegistration {

    public static final String PROCESS_KEY = "dang-ky-ho-kinh-doanh";

    public static final ProcessVariable<String> BUSINESS_NAME = ProcessVariable.of("businessName", String.class);
    public static final ProcessVariable<String> BUSINESS_ADDRESS = ProcessVariable.of("businessAddress", String.class);
    public static final ProcessVariable<String> BUSINESS_LINE = ProcessVariable.of("businessLine", String.class);
    /** Registered capital in VND. */
    public static final ProcessVariable<Long> CAPITAL = ProcessVariable.of("capital", Long.class);
    /** Number of the household business registration certificate, written by the handler. */
    public static final ProcessVariable<String> REGISTRATION_NUMBER = ProcessVariable.of("registrationNumber", String.class);

    private HouseholdBusinessRegistration() {
    }

    /** Element ids, named exactly as in the model. */
    public enum Element {
        StartEvent_DossierSubmitted,
        Task_CheckDossier,
        Gateway_IntakeDecision,
        EndEvent_DossierRefused,
        EndEvent_SupplementRequested,
        Task_ReceiveDossier,
        Task_DetermineHandlingUnit,
        SubProcess_Processing,
        Task_Appraise,
        Gateway_AppraisalDecision,
        CallActivity_RequestSupplement,
        Task_Review,
        CallActivity_Sign,
        StartEvent_ProcessingStarted,
        Gateway_ReviewDecision,
        Gateway_SignDecision,
        EndEvent_ProcessingDone,
        BoundaryEvent_DueSoon,
        Task_WarnDueSoon,
        EndEvent_DueSoonWarned,
        BoundaryEvent_LegalDeadline,
        Task_MarkOverdue,
        CallActivity_Apology,
        EndEvent_OverdueMarked,
        CallActivity_ReturnResult,
        EndEvent_ResultReturned;

        public String id() {
            return name();
        }
    }
}
