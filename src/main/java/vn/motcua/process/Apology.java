package vn.motcua.process;

/**
 * Process API of the shared call activity {@code processes/xin-loi-tre-han.bpmn}: the handling unit writes
 * the apology with a new appointment (form 04) and {@code ${issueApology}} records it and tells the applicant.
 * In: dossierId, routing.handlerGroup, dossierDueDateText; the form writes
 * {@link DossierProcess#NEW_APPOINTMENT_DATE} and {@link DossierProcess#APOLOGY_REASON}.
 */
public final class Apology {

    public static final String PROCESS_KEY = "xin-loi-tre-han";

    private Apology() {
    }

    /** Element ids, named exactly as in the model. */
    public enum Element {
        StartEvent_DossierLate,
        Task_PrepareApology,
        Task_IssueApology,
        EndEvent_ApologyIssued;

        public String id() {
            return name();
        }
    }
}
