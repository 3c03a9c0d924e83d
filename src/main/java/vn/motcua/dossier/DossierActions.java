package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.RuleSet;
import vn.motcua.procedure.RuleSets;
import vn.motcua.dossier.DossierProcesses.Intake;
import vn.motcua.dossier.DossierProcesses.IntakeDecision;
import vn.motcua.dossier.SubmissionValidator.UploadedFile;

/**
 * What the API does to an existing dossier: the intake decision on an online dossier (through the waiting
 * intake task, so the process's listeners update the register), a supplement resubmission and a withdrawal.
 * Each runs in one transaction with the engine.
 */
@Service
@Transactional
class DossierActions {

    private final DossierQueries queries;
    private final DossierRegister register;
    private final DossierProcesses processes;
    private final DossierSubmission submission;
    private final SupplementRepository supplements;
    private final BusinessClock clock;
    private final SubmissionValidator validator;
    private final RuleSets ruleSets;
    private final ProcedureCatalog catalog;

    DossierActions(DossierQueries queries, DossierRegister register, DossierProcesses processes,
                   DossierSubmission submission, SupplementRepository supplements, BusinessClock clock,
                   SubmissionValidator validator, RuleSets ruleSets, ProcedureCatalog catalog) {
        this.validator = validator;
        this.ruleSets = ruleSets;
        this.catalog = catalog;
        this.queries = queries;
        this.register = register;
        this.processes = processes;
        this.submission = submission;
        this.supplements = supplements;
        this.clock = clock;
    }

    DossierView accept(String code, List<String> componentsHandedIn, String opinion) {
        Dossier dossier = queries.byCode(code);
        String step = waitingIntake(dossier);
        List<String> unknown = componentsHandedIn == null ? List.of() : componentsHandedIn.stream()
                .filter(c -> dossier.getProcedureCase().getComponents().stream().noneMatch(pc -> pc.getCode().equals(c)))
                .toList();
        if (!unknown.isEmpty()) {
            throw ApiProblems.invalid("componentsHandedIn", "Không phải thành phần hồ sơ của trường hợp "
                    + dossier.getProcedureCase().getCode() + ": " + String.join(", ", unknown));
        }
        // Circular 03/2025 Art. 5(2): a paper ticked as handed in whose scan is required must have come as a file
        List<String> ticked = componentsHandedIn == null ? List.of() : componentsHandedIn;
        List<FieldProblem> unscanned = Digitisation.missingScans(register.ruleSet(dossier), dossier.getChannel(),
                dossier.getProcedureCase().getComponents().stream().filter(c -> ticked.contains(c.getCode())).toList(),
                register.attachedComponents(dossier.getId())).stream()
                .map(p -> new FieldProblem("componentsHandedIn", p.message())).toList();
        if (!unscanned.isEmpty()) {
            throw ApiProblems.invalid(unscanned);
        }
        complete(step, IntakeDecision.ACCEPT, true, true, componentsHandedIn, null, opinion);
        return queries.view(dossier);
    }

    DossierView refuse(String code, String reason, boolean competent, String opinion) {
        Dossier dossier = queries.byCode(code);
        String step = waitingIntake(dossier);
        complete(step, IntakeDecision.REFUSE, competent, false, null, reason, opinion);
        return queries.view(dossier);
    }

    /**
     * The applicant hands in what a supplement request asked for. After a request at intake the dossier waits
     * for intake again (status 1, a new process instance under the same code); during processing the waiting
     * process is told.
     */
    DossierView resubmit(String code, String note, Map<String, List<MultipartFile>> parts) {
        Dossier dossier = queries.byCode(code);
        // validated in this transaction: the procedure case is read lazily from the dossier
        List<UploadedFile> files = validator.supplementFiles(dossier.getProcedureCase(), parts);
        Supplement open = supplements.findFirstByDossierIdOrderByIdDesc(dossier.getId())
                .filter(Supplement::isOpen)
                .filter(s -> dossier.getStatus() == DossierStatus.SUPPLEMENT_REQUESTED)
                .orElseThrow(() -> ApiProblems.wrongState("Hồ sơ " + code + " đang ở trạng thái "
                        + dossier.getStatus().code() + " (" + dossier.getStatus().label()
                        + "), không có yêu cầu bổ sung đang chờ"));
        Instant now = clock.now();
        open.resubmitted(now, note);
        submission.storeFiles(dossier.getId(), open.getId(), files, now);
        if (open.getStage() == Supplement.Stage.INTAKE) {
            dossier.resubmitAfterIntakeSupplement();
            processes.start(dossier);
        } else if (!processes.supplementResubmitted(dossier)) {
            throw ApiProblems.wrongState("Quy trình của hồ sơ " + code + " không chờ hồ sơ bổ sung");
        }
        return queries.view(dossier);
    }

    /** A supplement brings at least a file or a note; 422 naming {@code files} otherwise (checked before any lookup). */
    static void requireContent(String note, Map<String, List<MultipartFile>> parts) {
        if (parts.isEmpty() && (note == null || note.isBlank())) {
            throw ApiProblems.invalid("files", "Cần ít nhất một tệp bổ sung hoặc nội dung bổ sung (note)");
        }
    }

    /** Status 7: the register row stays, the process ends with the reason. */
    DossierView withdraw(String code, String reason) {
        return withdraw(code, reason, processes.currentUser());
    }

    /** Withdrawal recorded by {@code recordedBy} (a clerk, or the portal on the applicant's behalf). */
    DossierView withdraw(String code, String reason, String recordedBy) {
        Dossier dossier = queries.byCode(code);
        endAtRequest(dossier, "rút hồ sơ", () -> register.withdraw(dossier.getId(), clock.now(), reason,
                recordedBy), "Công dân rút hồ sơ: " + reason);
        return queries.view(dossier);
    }

    /**
     * Status 8, the stop at the applicant's request (Decree 118/2025 Art. 21(1), Circular 03/2025 Art. 7, form 05):
     * only under a rule set with {@link RuleSet#STOP_AT_REQUEST}, recorded by the desk that received the dossier
     * (a member of its receiving agency's intake group), once received and before a result exists.
     */
    DossierView stop(String code, String reason) {
        Dossier dossier = queries.byCode(code);
        String receiving = dossier.getReceivingAgencyCode() != null ? dossier.getReceivingAgencyCode()
                : dossier.getAgency().getCode();
        String desk = catalog.agency(receiving).getIntakeGroup();
        requireStopAllowed(dossier);
        if (!processes.currentGroups().contains(desk)) {
            throw ApiProblems.forbidden("Chỉ bộ phận một cửa đã tiếp nhận hồ sơ " + code + " (nhóm " + desk
                    + ") được ghi nhận việc dừng giải quyết");
        }
        return stop(dossier, reason, processes.currentUser());
    }

    /**
     * The stop requested by the applicant through the portal (recorded by {@code recordedBy}, the technical client);
     * the receiving desk prints the stop notice (form 05) from the register.
     */
    DossierView stopRequested(String code, String reason, String recordedBy) {
        Dossier dossier = queries.byCode(code);
        requireStopAllowed(dossier);
        return stop(dossier, reason, recordedBy);
    }

    private void requireStopAllowed(Dossier dossier) {
        RuleSet rules = ruleSets.byId(dossier.getRuleSet());
        if (!rules.allows(RuleSet.STOP_AT_REQUEST)) {
            throw ApiProblems.ruleSetForbids(rules.id(), "Hồ sơ " + dossier.getCode() + " được tiếp nhận theo bộ quy tắc "
                    + rules.id() + " (" + rules.name() + "), không có thủ tục dừng giải quyết theo đề nghị của người nộp hồ sơ");
        }
    }

    private DossierView stop(Dossier dossier, String reason, String recordedBy) {
        endAtRequest(dossier, "dừng giải quyết", () -> register.stop(dossier.getId(), clock.now(), reason, recordedBy),
                "Dừng giải quyết theo đề nghị của người nộp hồ sơ: " + reason);
        return queries.view(dossier);
    }

    /** A withdrawal or a stop: the register closes the dossier (or refuses, 409), then its process ends. */
    private void endAtRequest(Dossier dossier, String action, Runnable close, String endReason) {
        String code = dossier.getCode();
        if (dossier.getStatus().isOpen() && !waitsForIntakeSupplement(dossier) && !processes.running(dossier)) {
            // the register says open, but the process is gone: nothing to end, and nothing changes
            throw ApiProblems.wrongState("Quy trình của hồ sơ " + code + " đã kết thúc: không thể " + action);
        }
        try {
            close.run();
        } catch (IllegalStateException wrongState) {
            throw ApiProblems.wrongState(wrongState.getMessage());
        }
        try {
            processes.end(dossier, endReason);
        } catch (ProcessActionForbidden e) {
            throw ApiProblems.forbidden("Người dùng không có quyền kết thúc quy trình của hồ sơ " + code);
        }
    }

    /**
     * The applicant paid the financial obligation online: the process waiting at status 6 is told (it resumes the
     * clock and goes on); 409 when the dossier does not wait for a payment.
     */
    DossierView obligationPaid(String code, String receiptNumber) {
        Dossier dossier = queries.byCode(code);
        if (dossier.getStatus() != DossierStatus.AWAITING_FINANCIAL_OBLIGATION || !processes.obligationPaid(dossier, receiptNumber)) {
            throw ApiProblems.wrongState("Hồ sơ " + code + " đang ở trạng thái " + dossier.getStatus().code() + " ("
                    + dossier.getStatus().label() + "), không chờ thực hiện nghĩa vụ tài chính");
        }
        return queries.view(dossier);
    }

    /**
     * The applicant paid the procedure case's fee online (not the financial obligation of status 6): recorded on the
     * dossier, the national status unchanged. The same payment again (same reference and amount) answers the dossier
     * as it is; 422 naming {@code amount} for another amount than the case's fee; 409 for a case without a fee, a
     * dossier that already has another payment, or one that is closed or waits for its financial obligation.
     */
    DossierView feePaid(String code, long amount, String reference, java.time.Instant paidAt) {
        Dossier dossier = queries.byCode(code);
        if (dossier.isFeePaidOnline() && reference.equals(dossier.getFeePaidReference())
                && dossier.getFeePaidAmount() == amount) {
            return queries.view(dossier);
        }
        long fee = dossier.getProcedureCase().getFeeVnd();
        if (fee <= 0) {
            throw ApiProblems.wrongState("caseCode", "Trường hợp " + dossier.getProcedureCase().getCode() + " của hồ sơ "
                    + code + " không thu phí, lệ phí: không có phí để nộp trực tuyến");
        }
        if (dossier.isFeePaidOnline()) {
            throw ApiProblems.wrongState("transactionId", "Hồ sơ " + code + " đã nộp phí trực tuyến (giao dịch "
                    + dossier.getFeePaidReference() + "); khoản nộp khác không được ghi nhận");
        }
        if (dossier.getStatus() == DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
            throw ApiProblems.wrongState("Hồ sơ " + code + " đang chờ thực hiện nghĩa vụ tài chính (trạng thái 6): "
                    + "xác nhận khoản nộp đó qua /payment");
        }
        if (amount != fee) {
            throw ApiProblems.invalid("amount", "Số tiền phải đúng phí, lệ phí của trường hợp "
                    + dossier.getProcedureCase().getCode() + ": " + fee + " đồng");
        }
        try {
            dossier.feePaidOnline(amount, reference, paidAt);
        } catch (IllegalStateException wrongState) {
            throw ApiProblems.wrongState(wrongState.getMessage());
        }
        return queries.view(dossier);
    }

    /**
     * A partner agency's result for a part of the dossier (liên thông over the LGSP): the process waiting for that part
     * goes on with the answer; 404 naming {@code partId} for a part never sent, 409 for one answered already or no
     * longer waited for. Answers the part and its state.
     */
    Map<String, Object> partnerAnswered(String code, String partId, Map<String, Object> answer, String answeredBy) {
        Dossier dossier = queries.byCode(code);
        DossierProcesses.PartnerResult result = processes.partnerAnswered(dossier, partId, answer, answeredBy);
        if (result == DossierProcesses.PartnerResult.UNKNOWN_PART) {
            throw ApiProblems.notFound("partId", "Hồ sơ " + code + " không có phần liên thông " + partId);
        }
        if (result == DossierProcesses.PartnerResult.CLOSED) {
            throw ApiProblems.wrongState("Phần liên thông " + partId + " của hồ sơ " + code
                    + " đã có kết quả hoặc không còn chờ kết quả");
        }
        return Map.of("code", code, "partId", partId, "state", "ANSWERED");
    }

    /** After a supplement request at intake the process has ended; the dossier waits for the applicant. */
    private boolean waitsForIntakeSupplement(Dossier dossier) {
        return dossier.getStatus() == DossierStatus.SUPPLEMENT_REQUESTED && supplements
                .findFirstByDossierIdOrderByIdDesc(dossier.getId())
                .filter(s -> s.isOpen() && s.getStage() == Supplement.Stage.INTAKE).isPresent();
    }

    private String waitingIntake(Dossier dossier) {
        if (dossier.getStatus() != DossierStatus.SUBMITTED) {
            throw ApiProblems.wrongState("Hồ sơ " + dossier.getCode() + " đang ở trạng thái " + dossier.getStatus().code()
                    + " (" + dossier.getStatus().label() + "), không chờ tiếp nhận");
        }
        return processes.intakeStep(dossier).orElseThrow(() -> ApiProblems.forbidden("Bước kiểm tra, tiếp nhận của hồ sơ "
                + dossier.getCode() + " không thuộc bộ phận một cửa của người dùng"));
    }

    private void complete(String step, IntakeDecision decision, boolean competent, boolean complete,
                          List<String> components, String reason, String opinion) {
        try {
            processes.completeIntake(step, new Intake(decision, competent, complete, components, reason, null, opinion));
        } catch (ProcessActionForbidden e) {
            throw ApiProblems.forbidden("Người dùng không có quyền xử lý bước kiểm tra, tiếp nhận hồ sơ");
        }
    }
}
