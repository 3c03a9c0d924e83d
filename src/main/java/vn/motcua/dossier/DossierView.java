package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.procedure.RuleSet;

/** A dossier as the API shows it to authenticated users: register data, files, supplements and history. */
@Schema(name = "Dossier")
record DossierView(
        String code,
        StatusView status,
        String currentStep,
        String currentStepName,
        String agencyCode,
        String agencyName,
        String procedureCode,
        String procedureName,
        String caseCode,
        @Schema(description = "Bộ quy tắc theo ngày tiếp nhận, ví dụ ND61-2018, ND118-2025-TT04") String ruleSet,
        @Schema(description = "Mã cơ quan tiếp nhận (có thể khác cơ quan giải quyết từ 01/07/2025)") String receivingAgencyCode,
        Channel channel,
        ApplicantView applicant,
        String summary,
        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant closedAt,
        Outcome outcome,
        boolean overdue,
        String note,
        List<String> componentsHandedIn,
        @Schema(description = "Thành phần hồ sơ của trường hợp; scanRequired: giấy tờ phải số hóa khi tiếp nhận "
                + "(Thông tư 03/2025/TT-VPCP Điều 5, chỉ theo bộ quy tắc từ ND118-2025)") List<ComponentView> components,
        List<AttachmentView> attachments,
        List<SupplementView> supplements,
        List<HistoryView> history,
        @Schema(description = "Bước tự động (ký số kết quả...) lỗi sau các lần thử lại, chờ quản trị khắc phục và "
                + "thử lại trong Cockpit; resolvedAt: lúc thử lại") List<IncidentView> incidents,
        @Schema(description = "Phí, lệ phí của trường hợp (feeVnd, đồng) và việc nộp trực tuyến qua cổng (paidOnline, số "
                + "tiền, mã giao dịch, thời điểm nộp)") FeeView fee) {

    record StatusView(int code, String label) {
        static StatusView of(DossierStatus status) {
            return new StatusView(status.code(), status.label());
        }
    }

    record ApplicantView(String name, String idNumber, String taxCode, String phone, String email, String address,
                         String proxyName, String proxyIdNumber) {
    }

    record ComponentView(String code, String name, boolean mandatory, boolean scanRequired, String scanNote) {
    }

    record AttachmentView(Long id, String componentCode, String fileName, String contentType, long size,
                          String sha256, Long supplementId, Instant uploadedAt) {
    }

    record SupplementView(Long id, Supplement.Stage stage, Instant requestedAt, String requestedBy,
                          String missingItems, String reason, Instant resubmittedAt) {
    }

    record HistoryView(String fromStep, String fromStepName, String toStep, String toStepName, String sender,
                       String receiver, Instant handedAt, Instant stepDeadline, Outcome outcome, String note) {
    }

    record FeeView(long feeVnd, boolean paidOnline, Long paidAmount, String transactionId, Instant paidAt) {
    }

    record IncidentView(String step, String stepName, Instant occurredAt, String message, Instant resolvedAt) {
    }

    static DossierView of(Dossier d, RuleSet ruleSet, List<DossierAttachment> attachments, List<Supplement> supplements,
                          List<DossierHistory> history, List<DossierIncident> incidents) {
        boolean online = d.getChannel() == Channel.ONLINE;
        Applicant a = d.getApplicant();
        return new DossierView(d.getCode(), StatusView.of(d.getStatus()), d.getSubStatus(), d.getSubStatusName(),
                d.getAgency().getCode(), d.getAgency().getName(), d.getProcedure().getCode(), d.getProcedure().getName(),
                d.getProcedureCase().getCode(), d.getRuleSet(), d.getReceivingAgencyCode(), d.getChannel(),
                new ApplicantView(a.name(), a.idNumber(), a.taxCode(), a.phone(), a.email(), a.address(), a.proxyName(),
                        a.proxyIdNumber()),
                d.getSummary(), d.getSubmittedAt(), d.getReceivedAt(), d.getDueAt(), d.getClosedAt(), d.getOutcome(),
                d.isOverdue(), d.getNote(), d.getComponentsHandedIn(),
                d.getProcedureCase().getComponents().stream().map(c -> new ComponentView(c.getCode(), c.getName(),
                        c.isMandatory(), c.scanRequired(ruleSet, online), Digitisation.note(c, ruleSet, d.getChannel()))).toList(),
                attachments.stream().map(f -> new AttachmentView(f.getId(), f.getComponentCode(), f.getFileName(),
                        f.getContentType(), f.getSizeBytes(), f.getSha256(), f.getSupplementId(), f.getUploadedAt())).toList(),
                supplements.stream().map(s -> new SupplementView(s.getId(), s.getStage(), s.getRequestedAt(),
                        s.getRequestedBy(), s.getMissingItems(), s.getReason(), s.getResubmittedAt())).toList(),
                history.stream().map(h -> new HistoryView(h.getFromStep(), h.getFromStepName(), h.getToStep(),
                        h.getToStepName(), h.getSender(), h.getReceiver(), h.getHandedAt(), h.getStepDeadline(),
                        h.getOutcome(), h.getNote())).toList(),
                incidents.stream().map(i -> new IncidentView(i.getStep(), i.getStepName(), i.getOccurredAt(),
                        i.getMessage(), i.getResolvedAt())).toList(),
                new FeeView(d.getProcedureCase().getFeeVnd(), d.isFeePaidOnline(), d.getFeePaidAmount(),
                        d.getFeePaidReference(), d.getFeePaidAt()));
    }
}
