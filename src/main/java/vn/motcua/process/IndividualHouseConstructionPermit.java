package vn.motcua.process;


/**
 * Process API of {@code processes/cap-giay-phep-xay-dung.bpmn} (construction permit for an individual house, 1.013225 since 01/07/2025, 1.009974 before):
 * one supplement request at most, a site inspection, a permit or a written refusal.
 */
public final class IndividualHouseConstructionPermit {

    public static final String PROCESS_KEY = "cap-giay-phep-xay-dung";
    public static final String PROCEDURE_CODE = "1.013225";

    /** {@code permit} or {@code refusal}. */
    public static final ProcessVariable<String> RESULT_TYPE = ProcessVariable.of("resultType", String.class);
    /** Number of the permit to issue. */
    public static final ProcessVariable<String> PERMIT_NUMBER = ProcessVariable.of("permitNumber", String.class);
    /** Site inspection report. */
    public static final ProcessVariable<String> INSPECTION_REPORT = ProcessVariable.of("inspectionReport", String.class);
    public static final ProcessVariable<String> CONSTRUCTION_ADDRESS = ProcessVariable.of("constructionAddress", String.class);
    /** Map sheet and parcel number. */
    public static final ProcessVariable<String> LAND_PARCEL = ProcessVariable.of("landParcel", String.class);
    /** Floor area in square metres. */
    public static final ProcessVariable<Double> FLOOR_AREA = ProcessVariable.of("floorArea", Double.class);
    public static final ProcessVariable<Long> FLOORS = ProcessVariable.of("floors", Long.class);
    /** Day of the site inspection, as the form writes it. */
    public static final ProcessVariable<String> INSPECTION_DATE = ProcessVariable.of("inspectionDate", String.class);
    /** The site matches the design drawings. */
    public static final ProcessVariable<Boolean> SITE_MATCHES_DESIGN = ProcessVariable.of("siteMatchesDesign", Boolean.class);
    /** Why the permit is refused (result type {@code refusal}). */
    public static final ProcessVariable<String> PERMIT_REFUSAL_REASON = ProcessVariable.of("permitRefusalReason", String.class);

    private IndividualHouseConstructionPermit() {
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
        Gateway_AppraisalDecision,
        Task_AppraiseSupplement,
        Task_SiteInspection,
        Task_DraftResult,
        CallActivity_Sign,
        Gateway_SignDecision,
        Task_Review,
        Gateway_ReviewDecision,
        CallActivity_RequestSupplement,
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
