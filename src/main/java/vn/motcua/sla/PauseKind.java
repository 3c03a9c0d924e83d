package vn.motcua.sla;

import vn.motcua.dossier.DossierStatus;

/** Why a dossier's clock stops. */
public enum PauseKind {
    /** Supplement requested during processing (status 5): at most once per agency; resume or restart per procedure. */
    SUPPLEMENT(DossierStatus.SUPPLEMENT_REQUESTED),
    /** Waiting for the applicant's taxes or fees (status 6): an excluded interval, the clock resumes. */
    FINANCIAL_OBLIGATION(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);

    private final DossierStatus waitingStatus;

    PauseKind(DossierStatus waitingStatus) {
        this.waitingStatus = waitingStatus;
    }

    public DossierStatus waitingStatus() {
        return waitingStatus;
    }
}
