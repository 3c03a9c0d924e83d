package vn.motcua.dossier;

/** The ways Motcua notifies an applicant about their dossier (docs/integration.md "Citizen notifications"). */
public enum ContactChannel {
    SMS, EMAIL, ZALO
}
