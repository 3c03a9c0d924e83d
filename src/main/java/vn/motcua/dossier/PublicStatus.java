package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * What the public tracking page ({@code /tra-cuu}) shows of a dossier to whoever knows its code and the
 * applicant's ID number: the status, the current step, the appointment and the four public milestones.
 * Nothing personal: no applicant, no staff, no papers.
 *
 * @param code           the dossier code
 * @param status         the national-portal status
 * @param currentStep    the step the dossier is at; null once it left its last step
 * @param appointment    the appointment (legal due date); null before receipt, for "same day" procedures, for
 *                       dossiers closed without a result and once the result is returned
 * @param sameDay        the procedure is resolved on the day of receipt (no appointment)
 * @param newAppointment the new appointment of an apology (form 04); null without one
 * @param milestones     received, processing, result ready, returned, in this order
 * @param feePaidOnline  the procedure's fee was paid online (yes/no only: not the transaction)
 */
record PublicStatus(String code, DossierStatus status, String currentStep, Instant appointment, boolean sameDay,
                    Instant newAppointment, List<Milestone> milestones, boolean feePaidOnline) {

    /** How far a milestone is. */
    enum Progress {
        DONE("Đã xong"), CURRENT("Đang thực hiện"), PENDING("Chưa đến"), SKIPPED("Không thực hiện");

        private final String label;

        Progress(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One public milestone; {@code at} is known for the ones the register dates. */
    record Milestone(String name, Progress progress, Instant at) {
    }

    static final String RECEIVED = "Tiếp nhận hồ sơ";
    static final String PROCESSING = "Đang giải quyết";
    static final String RESULT_READY = "Có kết quả";
    static final String RETURNED = "Trả kết quả";

    static PublicStatus of(Dossier d) {
        DossierStatus s = d.getStatus();
        // refused, withdrawn, stopped: the dossier ends without a result
        boolean endedWithoutResult = s == DossierStatus.REFUSED || s == DossierStatus.WITHDRAWN || s == DossierStatus.STOPPED;
        boolean received = d.getReceivedAt() != null;
        boolean ready = d.getProcessingEndedAt() != null || s.isResolved();
        boolean returned = d.getReturnedAt() != null || s == DossierStatus.RETURNED;
        Progress after = endedWithoutResult ? Progress.SKIPPED : Progress.PENDING;
        Milestone receipt = new Milestone(RECEIVED, received ? Progress.DONE
                : s == DossierStatus.SUBMITTED ? Progress.CURRENT : after, d.getReceivedAt());
        Milestone processing = new Milestone(PROCESSING, ready ? Progress.DONE
                : received && !endedWithoutResult ? Progress.CURRENT : after, null);
        Milestone result = new Milestone(RESULT_READY, ready ? Progress.DONE : after, d.getProcessingEndedAt());
        Milestone back = new Milestone(RETURNED, returned ? Progress.DONE
                : s == DossierStatus.PROCESSED ? Progress.CURRENT : after, d.getReturnedAt());
        boolean showAppointment = received && !endedWithoutResult && !returned;
        boolean sameDay = d.getProcedureCase().isNoAppointment();
        return new PublicStatus(d.getCode(), s, d.getSubStatusName(),
                showAppointment && !sameDay ? d.getDueAt() : null, showAppointment && sameDay,
                showAppointment ? d.getNewAppointmentAt() : null, List.of(receipt, processing, result, back),
                d.isFeePaidOnline());
    }
}
