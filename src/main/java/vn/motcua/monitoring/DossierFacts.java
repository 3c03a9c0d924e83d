package vn.motcua.monitoring;

import java.time.Instant;

/**
 * The register columns a period report needs about one dossier. Status is the national-portal code
 * (1-10); channel and outcome are the stored enum names.
 */
record DossierFacts(String agencyCode, String channel, int status, Instant receivedAt, Instant dueAt,
                    Instant processingEndedAt, Instant withdrawnAt, Instant closedAt, String outcome,
                    boolean overdueFlag) {

    /**
     * When the dossier left the one-stop shop's hands: end of processing (resolved, 9/10), withdrawal (7)
     * or stop (8); null while it is still open.
     */
    Instant endedAt() {
        return switch (status) {
            case 9, 10 -> processingEndedAt;
            case 7 -> withdrawnAt != null ? withdrawnAt : closedAt;
            case 8 -> closedAt;
            default -> null;
        };
    }
}
