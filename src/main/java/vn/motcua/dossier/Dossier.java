package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.*;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.ProcedureCase;

/**
 * A dossier (hồ sơ) in the register. State changes go through the methods below, called by
 * {@link DossierRegister} inside the engine's transaction, so the row and the process move together.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private AdministrativeProcedure procedure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_case_id")
    private ProcedureCase procedureCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_service_type", nullable = false)
    private OnlineServiceType onlineServiceType;

    @Embedded
    private Applicant applicant;

    private String summary;

    @Column(nullable = false)
    private DossierStatus status;

    @Column(name = "sub_status")
    private String subStatus;

    @Column(name = "sub_status_name")
    private String subStatusName;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    /** The user who accepted the dossier at intake (the receiving clerk of slips 01 and 05). */
    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "processing_ended_at")
    private Instant processingEndedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** The rule set chosen by the receipt day ({@code vn.motcua.procedure.RuleSets}), kept for the dossier's life. */
    @Column(name = "rule_set", nullable = false)
    private String ruleSet;

    /**
     * The agency whose desk received the dossier: from 01/07/2025 a provincial or commune service centre may
     * receive a dossier another agency resolves ({@link #agency}, the tenant).
     */
    @Column(name = "receiving_agency_code")
    private String receivingAgencyCode;

    private String note;

    @Column(name = "due_soon_warned_at")
    private Instant dueSoonWarnedAt;

    @Column(name = "new_appointment_at")
    private Instant newAppointmentAt;

    @Column(name = "apology_reason")
    private String apologyReason;
    /** Component codes the clerk found handed in, comma separated. */
    @Column(name = "components_handed_in")
    private String componentsHandedIn;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Stopped at the applicant's request (status 8, form 05 of Circular 03/2025): when, and the clerk who recorded it. */
    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "stopped_by")
    private String stoppedBy;

    /** The procedure data (e-form) as checked JSON, keys of the procedure's data schema only; null when none. */
    @Column(name = "procedure_data")
    private String procedureData;

    /** The procedure case's fee paid online (V150): amount in đồng, the payment platform's reference, when; null if not. */
    @Column(name = "fee_paid_amount")
    private Long feePaidAmount;

    @Column(name = "fee_paid_reference")
    private String feePaidReference;

    @Column(name = "fee_paid_at")
    private Instant feePaidAt;

    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(String code, Agency agency, ProcedureCase procedureCase, Channel channel, Applicant applicant,
            String summary, Instant submittedAt, String ruleSet) {
        this.code = code;
        this.agency = agency;
        this.procedure = procedureCase.getProcedure();
        this.procedureCase = procedureCase;
        this.channel = channel;
        this.onlineServiceType = procedure.getOnlineServiceType();
        this.applicant = applicant;
        this.summary = summary;
        this.submittedAt = submittedAt;
        this.ruleSet = ruleSet;
        this.receivingAgencyCode = agency.getCode();
        // not received until the one-stop clerk has checked competence and completeness
        this.status = DossierStatus.SUBMITTED;
    }

    /** The agency whose service centre received it, checked by the register ({@link ReceivingCentres}). */
    void receivedAtCentreOf(String receivingAgencyCode) {
        this.receivingAgencyCode = receivingAgencyCode;
    }

    void recordProcedureData(String checkedJson) {
        this.procedureData = checkedJson;
    }

    /** The procedure data (e-form) as JSON, null when none was submitted through the API. */
    public String getProcedureData() {
        return procedureData;
    }

    void changeCase(ProcedureCase newCase) {
        requireStatus(DossierStatus.SUBMITTED);
        if (!newCase.getProcedure().getId().equals(procedure.getId())) {
            throw new IllegalArgumentException("Trường hợp " + newCase.getCode() + " không thuộc thủ tục " + procedure.getCode());
        }
        this.procedureCase = newCase;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(String step, String stepName) {
        this.subStatus = step;
        this.subStatusName = stepName;
    }

    void receive(Instant at, Instant due) {
        requireStatus(DossierStatus.SUBMITTED);
        this.status = DossierStatus.RECEIVED;
        this.receivedAt = at;
        this.dueAt = due;
    }

    void receivedBy(String userId) {
        this.receivedBy = userId;
    }

    void refuse(Instant at, String reason) {
        requireStatus(DossierStatus.SUBMITTED);
        this.status = DossierStatus.REFUSED;
        this.note = reason;
        this.closedAt = at;
    }

    /** Incomplete at intake: not received, no clock; the applicant completes it and hands it in again. */
    void requestSupplementAtIntake(Instant at, String missingItems) {
        requireStatus(DossierStatus.SUBMITTED);
        this.status = DossierStatus.SUPPLEMENT_REQUESTED;
        this.note = missingItems;
        this.closedAt = at;
    }

    /** The clerk's checklist at intake: which components were handed in. */
    void recordComponentsHandedIn(java.util.Collection<String> codes) {
        this.componentsHandedIn = codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }

    /** An applicant hands in a dossier again after a supplement request at intake: it waits for intake (status 1). */
    void resubmitAfterIntakeSupplement() {
        requireStatus(DossierStatus.SUPPLEMENT_REQUESTED);
        this.status = DossierStatus.SUBMITTED;
        this.closedAt = null;
    }

    /**
     * The applicant paid the procedure case's fee online: only while the dossier is open or its result waits to be
     * returned (1, 2, 4, 5, 9; status 6 is the financial obligation's own flow), once, for exactly the case's fee.
     */
    void feePaidOnline(long amount, String reference, Instant paidAt) {
        if (status == DossierStatus.AWAITING_FINANCIAL_OBLIGATION
                || !(status.isOpen() || status == DossierStatus.PROCESSED)) {
            throw new IllegalStateException("Hồ sơ " + code + " đang ở trạng thái " + status.code() + " ("
                    + status.label() + "), không nhận nộp phí trực tuyến");
        }
        if (feePaidAt != null) {
            throw new IllegalStateException("Hồ sơ " + code + " đã nộp phí trực tuyến (chứng từ " + feePaidReference + ")");
        }
        if (procedureCase.getFeeVnd() <= 0 || amount != procedureCase.getFeeVnd()) {
            throw new IllegalArgumentException("Số tiền phải đúng phí của trường hợp " + procedureCase.getCode() + ": "
                    + procedureCase.getFeeVnd() + " đồng");
        }
        this.feePaidAmount = amount;
        this.feePaidReference = reference;
        this.feePaidAt = paidAt;
    }

    /** Withdrawn by the applicant (status 7): the clock ends, the row stays. */
    void withdraw(Instant at, String reason) {
        if (status.isResolved() || status == DossierStatus.REFUSED || status == DossierStatus.WITHDRAWN
                || status == DossierStatus.STOPPED) {
            throw new IllegalStateException("Hồ sơ " + code + " đang ở trạng thái " + status.code() + " ("
                    + status.label() + "), không thể rút");
        }
        this.status = DossierStatus.WITHDRAWN;
        this.note = reason;
        this.withdrawnAt = at;
        this.closedAt = at;
        this.subStatus = null;
        this.subStatusName = null;
    }

    /**
     * Stopped at the applicant's request (status 8) before a result exists: only once received and while open
     * (2, 4, 5, 6); the clock ends, the row stays, the reason is the note.
     */
    void stop(Instant at, String reason, String recordedBy) {
        if (receivedAt == null || !status.isOpen() || status == DossierStatus.SUBMITTED) {
            throw new IllegalStateException("Hồ sơ " + code + " đang ở trạng thái " + status.code() + " ("
                    + status.label() + "), không thể dừng giải quyết: chỉ dừng hồ sơ đã tiếp nhận, chưa có kết quả"
                    + " (trạng thái 2, 4, 5, 6)");
        }
        this.status = DossierStatus.STOPPED;
        this.note = reason;
        this.stoppedAt = at;
        this.stoppedBy = recordedBy;
        this.closedAt = at;
        this.subStatus = null;
        this.subStatusName = null;
    }

    void startProcessing() {
        requireStatus(DossierStatus.RECEIVED);
        this.status = DossierStatus.PROCESSING;
    }

    void markOverdue() {
        this.overdue = true;
    }

    void finishProcessing(Instant at, Outcome outcome) {
        requireStatus(DossierStatus.PROCESSING);
        this.status = DossierStatus.PROCESSED;
        this.processingEndedAt = at;
        this.outcome = outcome;
    }

    void returnResult(Instant at) {
        requireStatus(DossierStatus.PROCESSED);
        this.status = DossierStatus.RETURNED;
        this.returnedAt = at;
        this.closedAt = at;
        this.subStatus = null;
        this.subStatusName = null;
    }

    void pauseClock(DossierStatus waiting) {
        if (waiting != DossierStatus.SUPPLEMENT_REQUESTED && waiting != DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
            throw new IllegalArgumentException("Không phải trạng thái chờ: " + waiting);
        }
        requireStatus(DossierStatus.PROCESSING);
        this.status = waiting;
    }

    void resumeClock(Instant newDue) {
        if (status != DossierStatus.SUPPLEMENT_REQUESTED && status != DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
            throw new IllegalStateException("Hồ sơ " + code + " không ở trạng thái tạm dừng (đang ở trạng thái "
                    + status.code() + " - " + status.label() + ")");
        }
        this.status = DossierStatus.PROCESSING;
        this.dueAt = newDue;
        this.dueSoonWarnedAt = null;
    }

    void warnDueSoon(Instant at) {
        this.dueSoonWarnedAt = at;
    }

    void apologize(Instant newAppointment, String reason) {
        this.newAppointmentAt = newAppointment;
        this.apologyReason = reason;
    }

    private void requireStatus(DossierStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Hồ sơ " + code + " đang ở trạng thái " + status.code() + " ("
                    + status.label() + "), không ở trạng thái " + expected.code() + " (" + expected.label() + ")");
        }
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public Agency getAgency() { return agency; }
    public AdministrativeProcedure getProcedure() { return procedure; }
    public ProcedureCase getProcedureCase() { return procedureCase; }

    /** The procedure case's legal time, in its unit, for the channel the dossier came through (online and postal may differ). */
    public int legalDuration() {
        return procedureCase.durationFor(channel == Channel.ONLINE, channel == Channel.POST);
    }
    public Channel getChannel() { return channel; }
    public OnlineServiceType getOnlineServiceType() { return onlineServiceType; }
    public Applicant getApplicant() { return applicant; }
    public String getSummary() { return summary; }
    public DossierStatus getStatus() { return status; }
    public String getSubStatus() { return subStatus; }
    public String getSubStatusName() { return subStatusName; }
    public Outcome getOutcome() { return outcome; }
    public boolean isOverdue() { return overdue; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getReceivedBy() { return receivedBy; }
    public Instant getDueAt() { return dueAt; }
    public Instant getProcessingEndedAt() { return processingEndedAt; }
    public Instant getReturnedAt() { return returnedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getRuleSet() { return ruleSet; }
    public String getReceivingAgencyCode() { return receivingAgencyCode; }
    public String getNote() { return note; }
    public Instant getDueSoonWarnedAt() { return dueSoonWarnedAt; }
    public Instant getNewAppointmentAt() { return newAppointmentAt; }
    public String getApologyReason() { return apologyReason; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public Instant getStoppedAt() { return stoppedAt; }
    public String getStoppedBy() { return stoppedBy; }
    public Long getFeePaidAmount() { return feePaidAmount; }
    public String getFeePaidReference() { return feePaidReference; }
    public Instant getFeePaidAt() { return feePaidAt; }

    /** The procedure case's fee was paid online (the return step does not collect it again). */
    public boolean isFeePaidOnline() { return feePaidAt != null; }

    /** Component codes the clerk found handed in (empty when not recorded). */
    public java.util.List<String> getComponentsHandedIn() {
        return componentsHandedIn == null ? java.util.List.of() : java.util.List.of(componentsHandedIn.split(","));
    }
}
