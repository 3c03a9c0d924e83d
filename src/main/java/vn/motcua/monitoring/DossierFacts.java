package vn.motcua.monitoring;

import java.time.Instant;

import vn.motcua.dossier.DossierStatus;

/**
 * The register columns a period report needs about one dossier; channel and outcome are the stored enum names.
 */
record DossierFacts(String agencyCode, String channel, DossierStatus status, Instant receivedAt, Instant dueAt,
                    Instant processingEndedAt, Instant withdrawnAt, Instant closedAt, String outcome,
                    boolean overdueFlag) {

    /**
     * When the dossier left the one-stop shop's hands: end of processing (resolved, 9/10), withdrawal (7)
     * or stop (8); null while it is still open.
     */
    Instant endedAt() {
        return switch (status) {
            case PROCESSED, RETURNED -> processingEndedAt;
            case WITHDRAWN -> withdrawnAt != null ? withdrawnAt : closedAt;
            case STOPPED -> closedAt;
            default -> null;
        };
    }
}
