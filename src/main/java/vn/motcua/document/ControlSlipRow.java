package vn.motcua.document;

import java.time.Instant;

/**
 * One hand-over on the control slip (phiếu kiểm soát): who passed the dossier to whom, when, against which
 * step deadline.
 *
 * @param fromStep the step or unit handing over, e.g. "Bộ phận Một cửa", required
 * @param toStep the step or unit receiving, e.g. "Phòng Tài chính - Kế hoạch", required
 * @param sender optional: the person handing over
 * @param receiver optional: the person receiving
 * @param handedAt when the dossier was handed over, required
 * @param stepDueAt optional: the deadline of the step that ends with this hand-over
 * @param result optional: early, on time or late; null while not assessed
 * @param note optional
 */
public record ControlSlipRow(String fromStep, String toStep, String sender, String receiver, Instant handedAt,
        Instant stepDueAt, Timeliness result, String note) {

    public ControlSlipRow {
        fromStep = Require.text(fromStep, "fromStep");
        toStep = Require.text(toStep, "toStep");
        sender = Require.optional(sender);
        receiver = Require.optional(receiver);
        Require.present(handedAt, "handedAt");
        note = Require.optional(note);
    }
}
