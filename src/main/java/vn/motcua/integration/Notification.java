package vn.motcua.integration;

import java.util.List;

/**
 * A message to people about a dossier: the applicant (new appointment, result ready) or staff (due soon).
 *
 * @param dossierCode the dossier it is about
 * @param recipients  who should receive it; each channel reaches those it can (an e-mail address, a phone)
 */
public record Notification(String dossierCode, List<Recipient> recipients, String subject, String body) {

    public Notification {
        if (dossierCode == null || dossierCode.isBlank()) {
            throw new IllegalArgumentException("dossierCode must not be blank");
        }
        recipients = List.copyOf(recipients);
    }

    /** A person to notify; e-mail or phone may be missing. */
    public record Recipient(String name, String email, String phone) {
    }
}
