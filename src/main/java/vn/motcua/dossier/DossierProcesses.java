package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

/**
 * What the register's API needs from a dossier's process, implemented by the process glue
 * ({@code vn.motcua.process}): the register never talks to the engine itself. Every call runs in the caller's
 * transaction and as the calling user, so the engine's authorizations apply; a refusal comes back as
 * {@link ProcessActionForbidden}.
 */
public interface DossierProcesses {

    /**
     * Starts the procedure's process for a registered dossier (business key = its code); returns the instance id.
     * Refused ({@link ProcessActionForbidden}) for a dossier outside the user's agencies, and
     * ({@link IllegalStateException}) while the dossier's process still runs.
     */
    String start(Dossier dossier);

    /** Whether the dossier's process is still running. */
    boolean running(Dossier dossier);

    /**
     * The id of the intake step the dossier's process waits at, if the calling user may see it; {@link ConcurrentChange}
     * when the step is gone because another request just took it.
     */
    Optional<String> intakeStep(Dossier dossier);

    /** Completes the intake step with the clerk's decision; the process's listeners update the register. */
    void completeIntake(String stepId, Intake intake);

    /** Tells a process waiting for a supplement during processing that it came; false when none waits. */
    boolean supplementResubmitted(Dossier dossier);

    /**
     * Tells a process waiting for the applicant's financial obligation (status 6) that it was paid online, with the
     * payment's receipt number; false when no process waits for a payment.
     */
    boolean obligationPaid(Dossier dossier, String receiptNumber);

    /**
     * A partner agency's result for a part of the dossier sent to it over the LGSP (liên thông), correlated to the
     * process waiting for that part (dossier code + part id) with the answer's variables ({@code partnerOutcome},
     * {@code partnerReply}, {@code partnerDocumentNumber}, {@code financialObligationDue}).
     */
    PartnerResult partnerAnswered(Dossier dossier, String partId, java.util.Map<String, Object> answer, String answeredBy);

    /** What became of a partner's result. */
    enum PartnerResult {
        /** the waiting process has it */
        ANSWERED,
        /** no such part was ever sent for the dossier */
        UNKNOWN_PART,
        /** the part was answered already, or no process waits for it any more */
        CLOSED
    }

    /** The user the current request runs as in the engine (set by the security filter), or null. */
    String currentUser();

    /** The groups of the user the current request runs as (empty without one): who is the receiving desk. */
    List<String> currentGroups();

    /** Ends the dossier's process with the reason (withdrawal); nothing to do when it has already ended. */
    void end(Dossier dossier, String reason);

    /** The decisions the intake step understands. */
    enum IntakeDecision {
        ACCEPT, SUPPLEMENT, REFUSE
    }

    /**
     * The clerk's intake decision and checklist.
     *
     * @param componentsHandedIn codes of the components handed in, null when not recorded
     * @param refusalReason      required for {@link IntakeDecision#REFUSE}
     * @param missingItems       required for {@link IntakeDecision#SUPPLEMENT}
     */
    record Intake(IntakeDecision decision, boolean competent, boolean complete, List<String> componentsHandedIn,
                  String refusalReason, String missingItems, String opinion) {
    }
}
