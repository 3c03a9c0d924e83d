package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of the dossier search. */
record DossierSummary(String code, int status, String statusLabel, String currentStepName, String agencyCode,
                      String procedureCode, String procedureName, Channel channel, String applicantName,
                      Instant submittedAt, Instant receivedAt, Instant dueAt, boolean overdue,
                      @Schema(description = "Mã cơ quan có bộ phận đã tiếp nhận (từ 01/07/2025 có thể khác cơ quan giải quyết)")
                      String receivingAgencyCode, String ruleSet) {

    static DossierSummary of(Dossier d) {
        return new DossierSummary(d.getCode(), d.getStatus().code(), d.getStatus().label(), d.getSubStatusName(),
                d.getAgency().getCode(), d.getProcedure().getCode(), d.getProcedure().getName(), d.getChannel(),
                d.getApplicant().name(), d.getSubmittedAt(), d.getReceivedAt(), d.getDueAt(), d.isOverdue(),
                d.getReceivingAgencyCode(), d.getRuleSet());
    }

    /** One page of results. */
    @Schema(name = "DossierPage")
    record PageView(List<DossierSummary> content, int page, int size, long totalElements, int totalPages) {
        static PageView of(Page<DossierSummary> page) {
            return new PageView(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }
}
