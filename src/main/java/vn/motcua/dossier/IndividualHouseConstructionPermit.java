package vn.motcua.dossier;

import vn.motcua.system.ProcessVariable;

/**
 * Process API of {@code processes/cap-giay-phep-xay-dung.bpmn} (construction permit for an individual house, 1.009974):
 * one supplement request at most, a site inspection, a permit or a written refusal.
 */
public final class IndividualHouseConstructionPermit {

    public static final String PROCESS_KEY = "cap-giay-phep-xay-dung";
    public static final String PROCEDURE_CODE = "1.009974";

    /** {@code permit} or {@code refusal}. */
    public static final ProcessVariable<String> RESULT_TYPE = ProcessVariable.of("resultType", String.class);
    /** Number of the permit to issue. */
    public static final ProcessVariable<String> PERMIT_NUMBER = ProcessVariable.of("permitNumber", String.class);
    /** Site inspection report. */
    public static final ProcessVariable<String> INSPECTION_REPORT = ProcessVariable.of("inspectionReport", String.class);

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
