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
import vn.motcua.document.SlipForm;
import vn.motcua.document.SlipNotice;
import vn.motcua.document.SlipRenderer;
import vn.motcua.document.Timeliness;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.calendar.BusinessClock;

/**
 * The legal slips of a dossier, rendered from the register when asked: 01 once it is received, 02 while a
 * supplement request exists, 03 once refused, 05 from the hand-over history; 06 for an agency's desk.
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

    DossierSlips(DossierQueries queries, DossierRegister register, DossierRepository dossiers,
                 DossierAttachmentRepository attachments, ProcedureCatalog catalog, SlipRenderer renderer,
                 ZoneId provinceZone, BusinessClock clock, StaffDirectory staff) {
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

    /** The slip's number ("01" to "05") and its PDF. */
    byte[] slip(String code, String form) {
        Dossier dossier = queries.byCode(code);
        return switch (form) {
            case "01" -> {
                if (dossier.getReceivedAt() == null) {
                    throw ApiProblems.wrongState("Hồ sơ " + code + " chưa được tiếp nhận: chưa có giấy tiếp nhận (mẫu 01)");
                }
                yield renderer.receipt(slipDossier(dossier, null));
            }
            case "02" -> {
                Supplement request = register.supplements(dossier.getId()).stream().reduce((a, b) -> b)
                        .orElseThrow(() -> ApiProblems.wrongState("Hồ sơ " + code + " không có yêu cầu bổ sung (mẫu 02)"));
                yield renderer.supplementRequest(slipDossier(dossier, request.getMissingItems()),
                        new SlipNotice(request.getRequestedAt(), fullName(request.getRequestedBy()), request.getReason() == null
                                ? request.getMissingItems() : request.getReason(), null));
            }
            case "03" -> {
                if (dossier.getStatus() != DossierStatus.REFUSED) {
                    throw ApiProblems.wrongState("Hồ sơ " + code + " không bị từ chối tiếp nhận (mẫu 03)");
                }
                // refused by the clerk who completed the last step, the intake check
                yield renderer.refusal(slipDossier(dossier, null), new SlipNotice(dossier.getClosedAt(),
                        fullName(register.lastSender(dossier.getId())), dossier.getNote(), null));
            }
            case "04" -> {
                if (dossier.getNewAppointmentAt() == null) {
                    throw ApiProblems.wrongState("Hồ sơ " + code + " chưa có phiếu xin lỗi và hẹn lại (mẫu 04)");
                }
                yield renderer.apology(slipDossier(dossier, null),
                        new SlipNotice(clock.now(), null, dossier.getApologyReason(), null),
                        dossier.getNewAppointmentAt());
            }
            case "05" -> renderer.controlSlip(slipDossier(dossier, null), controlSlipRows(dossier));
            default -> throw ApiProblems.notFound("Không có mẫu phiếu '" + form + "' cho hồ sơ (các mẫu: 01, 02, 03, 04, 05)");
        };
    }

    /** File name of a slip, {@code <code>_<form>.pdf}. */
    static String fileName(String code, String form) {
        return SlipForm.RECEIPT.fileName(code).replace("_01.pdf", "_" + form + ".pdf");
    }

    /**
     * The log book of the agency's desk (service centre), days [from, to] in the province's zone: the dossiers that
     * desk received, whichever agency resolves them ({@code dossier.receiving_agency_code}), among those the caller
     * may see (the tenant stays the resolving agency's).
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
        return renderer.logBook(new LogBook(agency.getParent() == null ? null : agency.getParent().getName(),
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
