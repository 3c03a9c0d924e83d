package vn.motcua.integration;

import java.util.List;
import java.util.Map;

/**
 * A message to people about a dossier: the applicant (receipt, supplement request, result ready, new appointment)
 * or staff (due soon).
 *
 * @param dossierCode the dossier it is about
 * @param recipients  who should receive it; each channel reaches those it can (an e-mail address, a phone)
 * @param template    the notice's template key ({@code received}, …), null for a notice written elsewhere
 * @param fields      the values the template was filled with (a Zalo template is filled by Zalo from them)
 */
public record Notification(String dossierCode, List<Recipient> recipients, String subject, String body, String template,
                           Map<String, String> fields) {

    public Notification {
        if (dossierCode == null || dossierCode.isBlank()) {
            throw new IllegalArgumentException("dossierCode must not be blank");
        }
        recipients = List.copyOf(recipients);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public Notification(String dossierCode, List<Recipient> recipients, String subject, String body) {
        this(dossierCode, recipients, subject, body, null, null);
    }

    /** A person to notify; e-mail or phone may be missing. */
    public record Recipient(String name, String email, String phone) {
    }
}
