package vn.motcua.process;


/**
 * Process API of {@code processes/dang-ky-khai-sinh.bpmn} (birth registration at the commune, 1.001193): resolved the
 * same day, next working day when received after 15:00; no supplement during processing.
 */
public final class BirthRegistration {

    public static final String PROCESS_KEY = "dang-ky-khai-sinh";
    public static final String PROCEDURE_CODE = "1.001193";

    /** Name of the child. */
    public static final ProcessVariable<String> CHILD_NAME = ProcessVariable.of("childName", String.class);
    /** Personal identification number given to the child. */
    public static final ProcessVariable<String> CHILD_PERSONAL_ID = ProcessVariable.of("childPersonalId", String.class);
    /** The child's birth date, as the form writes it. */
    public static final ProcessVariable<String> CHILD_BIRTH_DATE = ProcessVariable.of("childBirthDate", String.class);
    public static final ProcessVariable<String> CHILD_SEX = ProcessVariable.of("childSex", String.class);
    public static final ProcessVariable<String> BIRTH_PLACE = ProcessVariable.of("birthPlace", String.class);
    public static final ProcessVariable<String> MOTHER_NAME = ProcessVariable.of("motherName", String.class);
    public static final ProcessVariable<String> FATHER_NAME = ProcessVariable.of("fatherName", String.class);
    /** The applicant's relationship to the child. */
    public static final ProcessVariable<String> RELATIONSHIP = ProcessVariable.of("relationship", String.class);
    /** Number and book of the entry in the birth register. */
    public static final ProcessVariable<String> REGISTER_ENTRY = ProcessVariable.of("registerEntry", String.class);

    private BirthRegistration() {
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
        StartEvent_ProcessingStarted,
        EndEvent_ProcessingDone,
        Task_Appraise,
        CallActivity_Sign,
        Gateway_SignDecision,
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
