package vn.motcua.process;


/**
 * Process API of {@code processes/cap-giay-chung-nhan-lan-dau.bpmn} (first land-use certificate): commune verification and
 * public posting, cadastral check, tax assessment, and status 6 as an excluded interval while the applicant pays.
 */
public final class FirstLandUseCertificate {

    public static final String PROCESS_KEY = "cap-giay-chung-nhan-lan-dau";
    public static final String PROCEDURE_CODE = "1.013978";
    /** Message the payment integration correlates by dossier code when the obligation is paid online. */
    public static final String OBLIGATION_PAID_MESSAGE = "nghia-vu-tai-chinh-da-nop";

    /** Mapped back from the tax authority's answer. */
    public static final ProcessVariable<Boolean> FINANCIAL_OBLIGATION_DUE = ProcessVariable.of("financialObligationDue", Boolean.class);
    /** Number of the tax notice. */
    public static final ProcessVariable<String> TAX_NOTICE_NUMBER = ProcessVariable.of("taxNoticeNumber", String.class);
    /** Receipt of the payment handed in at the desk. */
    public static final ProcessVariable<String> PAYMENT_RECEIPT_NUMBER = ProcessVariable.of("paymentReceiptNumber", String.class);
    /** Serial number of the certificate to issue. */
    public static final ProcessVariable<String> CERTIFICATE_SERIAL = ProcessVariable.of("certificateSerial", String.class);
    public static final ProcessVariable<String> PARCEL_ADDRESS = ProcessVariable.of("parcelAddress", String.class);
    /** Map sheet and parcel number. */
    public static final ProcessVariable<String> LAND_PARCEL = ProcessVariable.of("landParcel", String.class);
    /** Area in square metres. */
    public static final ProcessVariable<Double> LAND_AREA = ProcessVariable.of("landArea", Double.class);
    public static final ProcessVariable<String> LAND_USE = ProcessVariable.of("landUse", String.class);
    /** Number of the cadastral extract. */
    public static final ProcessVariable<String> CADASTRAL_EXTRACT_NUMBER = ProcessVariable.of("cadastralExtractNumber", String.class);
    /** The commune's answer (the partner outputs of lien-thong, under the names this process gives them). */
    public static final ProcessVariable<String> COMMUNE_OUTCOME = ProcessVariable.of("communeOutcome", String.class);
    public static final ProcessVariable<String> COMMUNE_REPLY = ProcessVariable.of("communeReply", String.class);
    public static final ProcessVariable<String> COMMUNE_DOCUMENT_NUMBER = ProcessVariable.of("communeDocumentNumber", String.class);
    /** The tax authority's answer. */
    public static final ProcessVariable<String> TAX_OUTCOME = ProcessVariable.of("taxOutcome", String.class);
    public static final ProcessVariable<String> TAX_REPLY = ProcessVariable.of("taxReply", String.class);

    private FirstLandUseCertificate() {
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
        CallActivity_CommuneVerification,
        TimerEvent_PublicPosting,
        Task_PrepareCadastral,
        CallActivity_TaxAssessment,
        Gateway_ObligationDue,
        Task_AwaitFinancialObligation,
        Task_ReceivePaymentProof,
        BoundaryEvent_PaidOnline,
        Task_ResumeClock,
        Gateway_ObligationMerged,
        Task_DraftCertificate,
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
