package vn.motcua.process;

/**
 * Process API of the shared call activity {@code processes/yeu-cau-bo-sung.bpmn}: the clock stops
 * ({@code ${pauseDossierClock}}), the desk hands the request (form 02) to the applicant, and the supplement
 * comes at the desk or online (message {@link DossierProcess#SUPPLEMENT_RESUBMITTED_MESSAGE}); the clock
 * runs again ({@code ${resumeDossierClock}}). In: dossierId, agencyCode, intakeGroup, missingItems,
 * requestingAgencyCode (optional).
 */
public final class SupplementRequest {

    public static final String PROCESS_KEY = "yeu-cau-bo-sung";

    /** The desk handed the supplement request (form 02) to the applicant. */
    public static final ProcessVariable<Boolean> SLIP_HANDED_OVER = ProcessVariable.of("slipHandedOver", Boolean.class);
    /** The supplement handed in is complete. */
    public static final ProcessVariable<Boolean> SUPPLEMENT_COMPLETE = ProcessVariable.of("supplementComplete", Boolean.class);

    private SupplementRequest() {
    }

    /** Element ids, named exactly as in the model. */
    public enum Element {
        StartEvent_SupplementRequested,
        Task_PauseClock,
        Task_SendSupplementRequest,
        Task_ReceiveSupplement,
        BoundaryEvent_SupplementSubmittedOnline,
        Task_ResumeClock,
        EndEvent_SupplementDone;

        public String id() {
            return name();
        }
    }
}
