package vn.motcua.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;


/**
 * The data contract every procedure process shares with the register: the variables below are the only
 * names code uses. Process variables hold ids, routing data and the few fields forms display, never
 * documents.
 */
public final class DossierProcess {

    private DossierProcess() {
    }

    /** The intake user task every procedure process starts with ("Kiểm tra thẩm quyền và thành phần hồ sơ"). */
    public static final String INTAKE_TASK = ProcedureElement.Task_CheckDossier.id();

    /**
     * The elements every procedure's model has, under these ids: intake, receipt, routing, the processing
     * sub-process with its SLA timers, the shared signing and return of the result (call activities, one
     * canonical version of each), the apology and the end. The contract check ({@code ProcessContractTest})
     * holds each procedure's model to them.
     */
    public enum ProcedureElement {
        StartEvent_DossierSubmitted,
        Task_CheckDossier,
        Gateway_IntakeDecision,
        EndEvent_DossierRefused,
        EndEvent_SupplementRequested,
        Task_ReceiveDossier,
        Task_DetermineHandlingUnit,
        SubProcess_Processing,
        BoundaryEvent_DueSoon,
        Task_WarnDueSoon,
        EndEvent_DueSoonWarned,
        BoundaryEvent_LegalDeadline,
        Task_MarkOverdue,
        CallActivity_Apology,
        EndEvent_OverdueMarked,
        CallActivity_Sign,
        CallActivity_ReturnResult,
        EndEvent_ResultReturned;

        public String id() {
            return name();
        }
    }
    /** Message a process waiting for a supplement during processing receives when the applicant resubmits. */
    public static final String SUPPLEMENT_RESUBMITTED_MESSAGE = "ho-so-bo-sung-da-nop";
    /** The routing decision every procedure calls after receipt; its result is {@link #ROUTING}. */
    public static final String ROUTING_DECISION = "phan-cong-xu-ly";
    /** Keys of {@link #ROUTING}: the candidate groups of the steps and the unit that issues the result. */
    public static final String ROUTING_HANDLING_UNIT = "handlingUnit";
    public static final String ROUTING_HANDLER_GROUP = "handlerGroup";
    public static final String ROUTING_HEAD_GROUP = "headGroup";
    public static final String ROUTING_SIGNER_GROUP = "signerGroup";
    public static final String ROUTING_RETURN_GROUP = "returnGroup";

    /** Register id of the dossier (set at start). */
    public static final ProcessVariable<Long> DOSSIER_ID = ProcessVariable.of("dossierId", Long.class);
    /** Dossier code, also the business key. */
    public static final ProcessVariable<String> DOSSIER_CODE = ProcessVariable.of("dossierCode", String.class);
    public static final ProcessVariable<String> AGENCY_CODE = ProcessVariable.of("agencyCode", String.class);
    public static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.of("agencyName", String.class);
    public static final ProcessVariable<String> PROCEDURE_CODE = ProcessVariable.of("procedureCode", String.class);
    public static final ProcessVariable<String> PROCEDURE_NAME = ProcessVariable.of("procedureName", String.class);
    public static final ProcessVariable<String> CASE_CODE = ProcessVariable.of("caseCode", String.class);
    /** Candidate group of the agency's one-stop desk. */
    public static final ProcessVariable<String> INTAKE_GROUP = ProcessVariable.of("intakeGroup", String.class);
    public static final ProcessVariable<String> CHANNEL = ProcessVariable.of("channel", String.class);

    public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.of("applicantName", String.class);
    public static final ProcessVariable<String> APPLICANT_ID_NUMBER = ProcessVariable.of("applicantIdNumber", String.class);
    public static final ProcessVariable<String> APPLICANT_PHONE = ProcessVariable.of("applicantPhone", String.class);
    public static final ProcessVariable<String> APPLICANT_EMAIL = ProcessVariable.of("applicantEmail", String.class);
    public static final ProcessVariable<String> APPLICANT_ADDRESS = ProcessVariable.of("applicantAddress", String.class);
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.of("summary", String.class);

    /** The legal due date, set at receipt; the overdue timer fires at it. */
    public static final ProcessVariable<Date> DUE_DATE = ProcessVariable.of("dossierDueDate", Date.class);
    /** When the due-soon warning fires (one working day before the legal due date by default). */
    public static final ProcessVariable<Date> DUE_SOON_DATE = ProcessVariable.of("dossierDueSoonDate", Date.class);
    /** Display copy of the due date for forms ("HH giờ mm phút, ngày dd/MM/yyyy"). */
    public static final ProcessVariable<String> DUE_DATE_TEXT = ProcessVariable.of("dossierDueDateText", String.class);
    /** Output of the routing decision: handlingUnit, handlerGroup, headGroup, signerGroup, returnGroup. */
    @SuppressWarnings("rawtypes")
    public static final ProcessVariable<Map> ROUTING = ProcessVariable.of("routing", Map.class);

    /** Intake decision: {@link #INTAKE_ACCEPT}, {@link #INTAKE_SUPPLEMENT} or {@link #INTAKE_REFUSE}. */
    public static final ProcessVariable<String> INTAKE_DECISION = ProcessVariable.of("intakeDecision", String.class);
    public static final String INTAKE_ACCEPT = "accept";
    public static final String INTAKE_SUPPLEMENT = "supplement";
    public static final String INTAKE_REFUSE = "refuse";
    /** The clerk confirmed the agency is competent for the dossier. */
    public static final ProcessVariable<Boolean> COMPETENT = ProcessVariable.of("competent", Boolean.class);
    /** The clerk confirmed every required component is there and valid. */
    public static final ProcessVariable<Boolean> COMPLETE = ProcessVariable.of("complete", Boolean.class);
    public static final ProcessVariable<String> MISSING_ITEMS = ProcessVariable.of("missingItems", String.class);
    public static final ProcessVariable<String> REFUSAL_REASON = ProcessVariable.of("refusalReason", String.class);
    /** Division head's decision: {@code approve} or {@code sendBack}. */
    public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);
    /** Signer's decision: {@code approve} or {@code reject}. */
    public static final ProcessVariable<String> SIGN_DECISION = ProcessVariable.of("signDecision", String.class);
    /** Appraisal outcome: {@code propose} (draft the result) or {@code requestSupplement}. */
    public static final ProcessVariable<String> APPRAISAL_DECISION = ProcessVariable.of("appraisalDecision", String.class);
    public static final String REVIEW_APPROVE = "approve";
    public static final String REVIEW_SEND_BACK = "sendBack";
    public static final String SIGN_APPROVE = "approve";
    public static final String SIGN_REJECT = "reject";
    public static final String APPRAISAL_PROPOSE = "propose";
    public static final String APPRAISAL_REQUEST_SUPPLEMENT = "requestSupplement";
    /** The agency that requests a supplement or stops the clock (defaults to the dossier's agency). */
    public static final ProcessVariable<String> REQUESTING_AGENCY = ProcessVariable.of("requestingAgencyCode", String.class);
    /** New appointment of an apology (form 04), as typed in the form (yyyy-MM-dd). */
    public static final ProcessVariable<String> NEW_APPOINTMENT_DATE = ProcessVariable.of("newAppointmentDate", String.class);
    public static final ProcessVariable<String> APOLOGY_REASON = ProcessVariable.of("apologyReason", String.class);
    /**
     * The case's components for the intake checklist: a JSON array of {@code {label, value}} (component
     * name and code), set at start; small data, never the documents.
     */
    public static final ProcessVariable<Object> COMPONENT_OPTIONS = ProcessVariable.of("componentOptions", Object.class);
    /** The component codes the clerk ticked as handed in (a JSON array or a list of strings). */
    public static final ProcessVariable<Object> COMPONENTS_HANDED_IN = ProcessVariable.of("componentsHandedIn", Object.class);

    /** The ticked component codes, whether the checklist came from Tasklist (JSON) or the API (a list). */
    public static List<String> componentsHandedIn(VariableScope scope) {
        Object value = COMPONENTS_HANDED_IN.get(scope);
        List<String> codes = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> codes.add(String.valueOf(v)));
        } else if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(v -> codes.add(v.isString() ? v.stringValue() : v.toString()));
        }
        return codes;
    }

    /** The opinion written on a step; moved into the hand-over history when the step completes. */
    public static final ProcessVariable<String> OPINION = ProcessVariable.of("opinion", String.class);
}
