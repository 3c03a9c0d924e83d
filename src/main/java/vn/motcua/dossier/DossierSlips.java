package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.ControlSlipRow;
import vn.motcua.document.LogBook;
import vn.motcua.document.LogBookRow;
import vn.motcua.document.SlipChannel;
import vn.motcua.document.SlipComponent;
import vn.motcua.document.SlipDossier;
import vn.motcua.document.SlipKind;
import vn.motcua.document.SlipNotice;
import vn.motcua.document.SlipRenderer;
import vn.motcua.document.Timeliness;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.RuleSets;
import vn.motcua.calendar.BusinessClock;

/**
 * The legal slips of a dossier, rendered from the register when asked, in the slip set its rule set names
 * ({@code TT01-2018} or {@code TT03-2025}): the receipt once it is received, the supplement request while one
 * exists, the refusal once refused, the apology once issued, the stop notice once stopped (2025 set only), the
 * control slip from the hand-over history; the log book for an agency's desk.
 */
@Service
@Transactional(readOnly = true)
class DossierSlips {

    private final DossierQueries queries;
    private final DossierRegister register;
    private final DossierRepository dossiers;
    private final DossierAttachmentRepository attachments;
    private final ProcedureCatalog catalog;
    private final SlipRenderer renderer;
    private final ZoneId zone;
    private final BusinessClock clock;
    private final StaffDirectory staff;
    private final RuleSets ruleSets;

    DossierSlips(DossierQueries queries, DossierRegister register, DossierRepository dossiers,
                 DossierAttachmentRepository attachments, ProcedureCatalog catalog, SlipRenderer renderer,
                 ZoneId provinceZone, BusinessClock clock, StaffDirectory staff, RuleSets ruleSets) {
        this.ruleSets = ruleSets;
        this.clock = clock;
        this.staff = staff;
        this.queries = queries;
        this.register = register;
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.catalog = catalog;
        this.renderer = renderer;
        this.zone = provinceZone;
    }

    /** A rendered slip and the name to store or download it under. */
    record Slip(String fileName, byte[] pdf) {
    }

    /**
     * The dossier's slip of a kind ({@link SlipKind#ofAddress(String)}: "receipt", "supplement", "refusal",
     * "apology", "stop", "control", or the 2018 numbers "01" to "05" old links use), numbered as in its set.
     */
    Slip slip(String code, String address) {
        SlipKind kind = SlipKind.ofAddress(address).orElseThrow(() -> ApiProblems.notFound("Không có phiếu '" + address
                + "' cho hồ sơ (các phiếu: receipt, supplement, refusal, apology, stop, control)"));
        Dossier dossier = queries.byCode(code);
        String set = ruleSets.byId(dossier.getRuleSet()).slipSet();
        String number = renderer.sets().byId(set).form(kind).orElseThrow(() -> ApiProblems.notFound("Hồ sơ " + code
                + " theo bộ quy tắc " + dossier.getRuleSet() + " in phiếu theo bộ mẫu " + set + ", bộ mẫu này không có phiếu "
                + kind.slug())).number();
        String title = "(mẫu " + number + ")";
        byte[] pdf = switch (kind) {
            case RECEIPT -> {
                if (dossier.getReceivedAt() == null) {
                    throw ApiProblems.wrongState("Hồ sơ " + code + " chưa được tiếp nhận: chưa có giấy tiếp nhận " + title);
                }
                yield renderer.receipt(set, slipDossier(dossier, null));
            }
            case SUPPLEMENT -> {
                Supplement request = register.supplements(dossier.getId()).stream().reduce((a, b) -> b)
                        .orElseThrow(() -> ApiProblems.wrongState("Hồ sơ " + code + " không có yêu cầu bổ sung " + title));
                yield renderer.supplementRequest(set, slipDossier(dossier, request.getMissingItems()),
                        new SlipNotice(request.getRequestedAt(), fullName(request.getRequestedBy()), request.getReason() == null
                                ? request.getMissingItems() : request.getReason(), null));
            }
            case REFUSAL -> {
                if (dossier.getStatus() != DossierStatus.REFUSED) {
                    throw ApiProblems.wrongState("Hồ sơ " + code + " không bị từ chối tiếp nhận " + title);
                }
                // refused by the clerk who completed the last step, the intake check
                yield renderer.refusal(set, slipDossier(dossier, null), new SlipNotice(dossier.getClosedAt(),
                        fullName(register.lastSender(dossier.getId())), dossier.getNote(), null));
            }
            case APOLOGY -> {
                if (dossier.getNewAppointmentAt() == null) {
                    throw ApiProblems.wrongState("Hồ sơ " + code + " chưa có văn bản xin lỗi và hẹn lại " + title);
                }
                yield renderer.apology(set, slipDossier(dossier, null),
                        new SlipNotice(clock.now(), null, dossier.getApologyReason(), null),
                        dossier.getNewAppointmentAt());
            }
            case STOP -> {
                if (dossier.getStatus() != DossierStatus.STOPPED || dossier.getStoppedAt() == null) {
                    throw ApiProblems.wrongState("Hồ sơ " + code + " không bị dừng giải quyết theo đề nghị của người nộp "
                            + title);
                }
                yield renderer.stopNotice(set, slipDossier(dossier, null), new SlipNotice(dossier.getStoppedAt(),
                        fullName(dossier.getStoppedBy()), dossier.getNote(), null));
            }
            case CONTROL -> renderer.controlSlip(set, slipDossier(dossier, null), controlSlipRows(dossier));
            case LOG_BOOK -> throw new IllegalStateException("the log book is not a dossier's slip");
        };
        return new Slip(kind.fileName(code, number), pdf);
    }

    /**
     * The log book (2018: form 06, 2025: form 07) of the agency's desk (service centre), days [from, to] in the
     * province's zone: the dossiers that desk received, whichever agency resolves them
     * ({@code dossier.receiving_agency_code}), among those the caller may see (the tenant stays the resolving agency's).
     */
    byte[] logBook(String agencyCode, LocalDate from, LocalDate to) {
        AgencyScope scope = queries.scope();
        if (!scope.includes(agencyCode)) {
            throw ApiProblems.notFound("Không tìm thấy sổ theo dõi hồ sơ của cơ quan " + agencyCode
                    + " trong các cơ quan của người dùng (agency)");
        }
        Agency agency = catalog.agency(agencyCode);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<LogBookRow> rows = dossiers
                .findByReceivingAgencyCodeAndReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAtAscIdAsc(agencyCode, start, end)
                .stream().filter(d -> scope.includes(d.getAgency().getCode()))
                .map(d -> new LogBookRow(d.getCode(), d.getProcedure().getName(), d.getApplicant().name(),
                        d.getApplicant().address(), d.getApplicant().phone(), null, d.getReceivedAt(), d.getDueAt(),
                        d.getReceivedAt(), d.getProcessingEndedAt(), d.getReturnedAt(),
                        d.getStatus().isResolved() ? null : d.getStatus().label()))
                .toList();
        // the form in force on the last day the book covers
        return renderer.logBook(ruleSets.forReceipt(to).slipSet(), new LogBook(agency.getParent() == null ? null : agency.getParent().getName(),
                agency.getName(), "Bộ phận một cửa", from, to, rows));
    }

    private SlipDossier slipDossier(Dossier d, String missingNote) {
        var handedIn = d.getComponentsHandedIn();
        var uploaded = attachments.findByDossierIdOrderByIdAsc(d.getId()).stream()
                .map(DossierAttachment::getComponentCode).toList();
        List<SlipComponent> components = d.getProcedureCase().getComponents().stream()
                .map(c -> {
                    boolean in = handedIn.contains(c.getCode()) || uploaded.contains(c.getCode());
                    return new SlipComponent(c.getName(), 0, c.getCopies(), c.isMandatory(),
                            in || (missingNote != null && !c.isMandatory()), in ? null : missingNote);
                })
                .toList();
        if (missingNote != null && components.stream().allMatch(SlipComponent::handedIn)) {
            // the clerk ticked everything but still asked for more: the request names the items in words
            components = new ArrayList<>(components);
            components.add(new SlipComponent("Nội dung cần bổ sung, hoàn thiện", 0, 0, true, false, missingNote));
        }
        Agency agency = d.getAgency();
        var procedureCase = d.getProcedureCase();
        Optional<StaffDirectory.Staff> clerk = d.getReceivedBy() == null ? Optional.empty()
                : Optional.of(staff.user(d.getReceivedBy()).orElse(new StaffDirectory.Staff(d.getReceivedBy(), null)));
        int duration = d.legalDuration();
        return new SlipDossier(d.getCode(), agency.getParent() == null ? null : agency.getParent().getName(),
                agency.getName(), agency.getCode(), d.getProcedure().getCode(), d.getProcedure().getName(),
                procedureCase.getName(), d.getApplicant().name(), d.getApplicant().idNumber(), d.getApplicant().address(),
                d.getApplicant().phone(), d.getApplicant().email(), channel(d.getChannel()),
                d.getReceivedAt() != null ? d.getReceivedAt() : d.getSubmittedAt(),
                procedureCase.isNoAppointment() ? null : d.getDueAt(),
                "%02d %s".formatted(duration, procedureCase.getDurationUnit().name().startsWith("WORKING_HOURS")
                        ? "giờ làm việc" : procedureCase.getDurationUnit().name().startsWith("WORKING") ? "ngày làm việc" : "ngày"),
                BigDecimal.valueOf(procedureCase.getFeeVnd()), clerk.map(StaffDirectory.Staff::fullName).orElse(null),
                clerk.map(StaffDirectory.Staff::unit).orElse(null), agency.getName(), null, components);
    }

    /**
     * The control slip's rows, people by full name and unit. The receiver of a hand-over is the person who then
     * completed the step it went to (who actually held the dossier); while that step is open, the person or
     * the unit (candidate group) it waits at.
     */
    private List<ControlSlipRow> controlSlipRows(Dossier dossier) {
        List<DossierHistory> rows = register.history(dossier.getId());
        Map<String, String> people = new HashMap<>(); // each person looked up once per slip
        List<ControlSlipRow> slip = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DossierHistory h = rows.get(i);
            String taker = rows.subList(i + 1, rows.size()).stream()
                    .filter(next -> h.getToStep() != null && h.getToStep().equals(next.getFromStep()) && next.getSender() != null)
                    .findFirst().map(DossierHistory::getSender).orElse(null);
            String receiver = taker != null ? people.computeIfAbsent(taker, this::person)
                    : h.getReceiver() == null ? null : party(h.getReceiver());
            slip.add(new ControlSlipRow(h.getFromStepName(), h.getToStepName() == null ? "(đang xử lý)" : h.getToStepName(),
                    h.getSender() == null ? null : people.computeIfAbsent(h.getSender(), this::person), receiver,
                    h.getHandedAt(), h.getStepDeadline(),
                    h.getOutcome() == null ? null : Timeliness.valueOf(h.getOutcome().name()), h.getNote()));
        }
        return slip;
    }

    /** "Nguyễn Thị Lan (Bộ phận một cửa thành phố Đồng Xoài)"; the id itself when the directory does not know it. */
    private String person(String userId) {
        return staff.user(userId).map(StaffDirectory.Staff::nameAndUnit).orElse(userId);
    }

    private String fullName(String userId) {
        return userId == null ? null : staff.user(userId).map(StaffDirectory.Staff::fullName).orElse(userId);
    }

    /** A recorded receiver: a user, or candidate groups "g1, g2", each by its name. */
    private String party(String recorded) {
        return Arrays.stream(recorded.split(",\\s*")).filter(id -> !id.isBlank())
                .map(id -> staff.user(id).map(StaffDirectory.Staff::nameAndUnit)
                        .orElseGet(() -> staff.groupName(id).orElse(id)))
                .collect(Collectors.joining("; "));
    }

    private static SlipChannel channel(Channel channel) {
        return switch (channel) {
            case COUNTER -> SlipChannel.DIRECT;
            case POST -> SlipChannel.POSTAL;
            case ONLINE -> SlipChannel.ONLINE;
        };
    }
}
