package vn.motcua.dossier;

/**
 * Published by {@link DossierRegister} (synchronously, inside the transaction of the change) whenever a dossier's
 * status changes, a step hands it over, or its result is ready or returned; the outbox
 * ({@code vn.motcua.integration}) records it in the same transaction.
 *
 * @param kind {@code STATUS} (status changed) or {@code HANDOVER} (a step handed the dossier on)
 */
public record DossierChanged(Long dossierId, String kind, String step, String stepName, String sender) {

    public static final String STATUS = "STATUS";
    public static final String HANDOVER = "HANDOVER";
}
