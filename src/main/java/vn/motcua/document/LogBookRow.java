package vn.motcua.document;

import java.time.Instant;

/**
 * One dossier in the log book (sổ theo dõi hồ sơ); the row number is given by the renderer.
 *
 * @param dossierCode required
 * @param procedureName required
 * @param applicantName required
 * @param address optional
 * @param phone optional
 * @param leadAgency optional: the agency that leads the resolution (cơ quan chủ trì giải quyết)
 * @param receivedAt required
 * @param dueAt optional: the appointment
 * @param transferredAt optional: when the dossier was passed to the resolving agency
 * @param resultAt optional: when the result (or a supplement request) came back
 * @param returnedAt optional: when the result was handed to the applicant
 * @param note optional
 */
public record LogBookRow(String dossierCode, String procedureName, String applicantName, String address,
        String phone, String leadAgency, Instant receivedAt, Instant dueAt, Instant transferredAt,
        Instant resultAt, Instant returnedAt, String note) {

    public LogBookRow {
        dossierCode = Require.text(dossierCode, "dossierCode");
        procedureName = Require.text(procedureName, "procedureName");
        applicantName = Require.text(applicantName, "applicantName");
        address = Require.optional(address);
        phone = Require.optional(phone);
        leadAgency = Require.optional(leadAgency);
        Require.present(receivedAt, "receivedAt");
        note = Require.optional(note);
    }
}
