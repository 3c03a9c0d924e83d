package vn.motcua.dossier;

/**
 * Process API of {@code processes/dang-ky-ho-kinh-doanh.bpmn} (procedure 2.000720): the process key and
 * the element ids code and tests refer to. Its variables are those of {@link DossierProcess}.
 */
public final class HouseholdBusinessRegistration {

    public static final String PROCESS_KEY = "dang-ky-ho-kinh-doanh";
    public static final String ROUTING_DECISION = "phan-cong-xu-ly";

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
        Task_Sign,
        Task_SignResult,
        BoundaryEvent_DueSoon,
        Task_WarnDueSoon,
        EndEvent_DueSoonWarned,
        BoundaryEvent_LegalDeadline,
        Task_MarkOverdue,
        CallActivity_Apology,
        EndEvent_OverdueMarked,
        Task_ReturnResult,
        Task_VerifyResult,
        BoundaryEvent_ResultNotValid,
        Task_ResignResult,
        Task_SignResultAgain,
        EndEvent_ResultReturned;

        public String id() {
            return name();
        }
    }
}
