package vn.motcua.process;

import java.util.Map;


/**
 * Process API of {@code processes/cap-phieu-ly-lich-tu-phap.bpmn} (judicial record certificate at the Department of
 * Justice): 10 working days, 15 when verification is needed, decided at intake by {@value #DURATION_DECISION}.
 */
public final class JudicialRecordCertificate {

    public static final String PROCESS_KEY = "cap-phieu-ly-lich-tu-phap";
    public static final String PROCEDURE_CODE = "3.000333";
    public static final String DURATION_DECISION = "thoi-han-ly-lich-tu-phap";

    /** Intake: the applicant lived in several provinces. */
    public static final ProcessVariable<Boolean> RESIDED_IN_SEVERAL_PROVINCES = ProcessVariable.of("residedInSeveralProvinces", Boolean.class);
    /** Intake: foreigner, or lived abroad. */
    public static final ProcessVariable<Boolean> FOREIGN_ELEMENT = ProcessVariable.of("foreignElement", Boolean.class);
    /** Intake: convictions or their erasure must be verified. */
    public static final ProcessVariable<Boolean> CONVICTION_CHECK_NEEDED = ProcessVariable.of("convictionCheckNeeded", Boolean.class);
    /** Output of the duration decision: caseCode, durationDays, policeDays, verificationNeeded. */
    @SuppressWarnings("rawtypes")
    public static final ProcessVariable<Map> LEGAL_DURATION = ProcessVariable.of("legalDuration", Map.class);
    /** The police answer (partnerOutcome of lien-thong). */
    public static final ProcessVariable<String> POLICE_OUTCOME = ProcessVariable.of("policeOutcome", String.class);
    /** The police answer in words. */
    public static final ProcessVariable<String> POLICE_REPLY = ProcessVariable.of("policeReply", String.class);
    /** Number of the police's written answer. */
    public static final ProcessVariable<String> POLICE_DOCUMENT_NUMBER = ProcessVariable.of("policeDocumentNumber", String.class);
    /** Form 01 (for the person) or 02 (for agencies, with full record). */
    public static final ProcessVariable<String> CERTIFICATE_TYPE = ProcessVariable.of("certificateType", String.class);
    public static final ProcessVariable<String> PURPOSE = ProcessVariable.of("purpose", String.class);
    /** The applicant's birth date, as the form writes it. */
    public static final ProcessVariable<String> BIRTH_DATE = ProcessVariable.of("birthDate", String.class);
    /** What the judicial record database shows. */
    public static final ProcessVariable<String> DATABASE_RESULT = ProcessVariable.of("databaseResult", String.class);
    public static final ProcessVariable<String> VERIFICATION_RESULT = ProcessVariable.of("verificationResult", String.class);
    /** Has or has no criminal record, as the certificate states it. */
    public static final ProcessVariable<String> CRIMINAL_RECORD_STATUS = ProcessVariable.of("criminalRecordStatus", String.class);
    public static final ProcessVariable<String> CERTIFICATE_NUMBER = ProcessVariable.of("certificateNumber", String.class);

    private JudicialRecordCertificate() {
    }

    /** Element ids, named exactly as in the model. */
    public enum Element {
        StartEvent_DossierSubmitted,
        Task_CheckDossier,
        Gateway_IntakeDecision,
        EndEvent_DossierRefused,
        EndEvent_SupplementRequested,
        Task_DetermineDuration,
        Task_ReceiveDossier,
        Task_DetermineHandlingUnit,
        SubProcess_Processing,
        StartEvent_ProcessingStarted,
        EndEvent_ProcessingDone,
        Gateway_SplitChecks,
        Task_SearchDatabase,
        Gateway_VerificationNeeded,
        Task_VerifyResidence,
        Gateway_VerificationMerged,
        CallActivity_PoliceCheck,
        Gateway_JoinChecks,
        Task_Appraise,
        Gateway_AppraisalDecision,
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
