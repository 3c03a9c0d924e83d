package vn.motcua.process;

import java.util.Date;
import java.util.Map;


/**
 * Process API of the shared call activity {@code processes/lien-thong.bpmn}: transfer to a partner agency with its own
 * sub-deadline inside the legal time. The partner unit and group come from the decision {@value #PARTNER_DECISION}
 * (procedureCode, agencyCode, partnerRole). The caller sets {@link #PARTNER_ROLE}, {@link #PARTNER_DUE_DATE} and
 * {@link #PARTNER_REQUEST} with in-mappings; outputs are mapped back under names of its own choosing.
 */
public final class InterAgencyTransfer {

    public static final String PROCESS_KEY = "lien-thong";
    public static final String PARTNER_DECISION = "co-quan-phoi-hop";
    /** Message an integration (LGSP) correlates by dossier code when the partner answers outside Motcua. */
    public static final String PARTNER_ANSWERED_MESSAGE = "lien-thong-da-tra-loi";

    /** Role of the partner agency: {@code CONG_AN}, {@code UBND_XA}, {@code THUE}. */
    public static final ProcessVariable<String> PARTNER_ROLE = ProcessVariable.of("partnerRole", String.class);
    /** The partner's sub-deadline; the escalation timer fires at it. */
    public static final ProcessVariable<Date> PARTNER_DUE_DATE = ProcessVariable.of("partnerDueDate", Date.class);
    /** What the lead agency asks the partner for. */
    public static final ProcessVariable<String> PARTNER_REQUEST = ProcessVariable.of("partnerRequest", String.class);
    /** Output of the partner decision: partnerUnit, partnerGroup. */
    @SuppressWarnings("rawtypes")
    public static final ProcessVariable<Map> PARTNER = ProcessVariable.of("partner", Map.class);
    /** {@code confirmed} or {@code notConfirmed}. */
    public static final ProcessVariable<String> PARTNER_OUTCOME = ProcessVariable.of("partnerOutcome", String.class);
    /** The partner's answer. */
    public static final ProcessVariable<String> PARTNER_REPLY = ProcessVariable.of("partnerReply", String.class);
    /** Number of the partner's written answer. */
    public static final ProcessVariable<String> PARTNER_DOCUMENT_NUMBER = ProcessVariable.of("partnerDocumentNumber", String.class);
    /** Tax authority only: the applicant has taxes or charges to pay. */
    public static final ProcessVariable<Boolean> FINANCIAL_OBLIGATION_DUE = ProcessVariable.of("financialObligationDue", Boolean.class);
    /**
     * The part's id within the dossier (set by {@code ${sendToPartnerAgency}}: the partner role): the partner's result
     * through the LGSP is correlated by dossier code and part id.
     */
    public static final ProcessVariable<String> PART_ID = ProcessVariable.of("partId", String.class);
    /** What the lead agency did to urge a late partner. */
    public static final ProcessVariable<String> URGE_NOTE = ProcessVariable.of("urgeNote", String.class);

    private InterAgencyTransfer() {
    }

    /** Element ids, named exactly as in the model. */
    public enum Element {
        StartEvent_TransferRequested,
        Task_DeterminePartner,
        Task_SendToPartner,
        Task_PartnerProcess,
        BoundaryEvent_PartnerDeadline,
        BoundaryEvent_AnsweredViaLgsp,
        EndEvent_PartnerAnswered,
        EndEvent_AnsweredViaLgsp,
        Task_UrgePartner,
        EndEvent_PartnerUrged;

        public String id() {
            return name();
        }
    }
}
