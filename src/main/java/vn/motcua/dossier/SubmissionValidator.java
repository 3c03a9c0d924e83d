package vn.motcua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.motcua.document.AttachmentPolicy;
import vn.motcua.document.FileNames;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.RuleSet;
import vn.motcua.procedure.RuleSets;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureComponent;
import vn.motcua.calendar.BusinessClock;

/**
 * Checks a submission completely before anything is stored: field formats, the agency, procedure and case
 * in the catalogue, and the files (component codes of the case, types, sizes, the mandatory components of an
 * online submission). Every bad field is reported at once; the result is the only input
 * {@link DossierSubmission} accepts.
 */
@Component
@Transactional(readOnly = true)
class SubmissionValidator {

    /** A file part, read into memory (bounded by the size limits). */
    record UploadedFile(String componentCode, String fileName, String contentType, byte[] content) {
    }

    /** A submission that passed every check. */
    record ValidSubmission(SubmissionRequest request, String caseCode, List<UploadedFile> files, Map<String, Object> data,
                           String receivingAgencyCode) {
        NewDossier toNewDossier() {
            return new NewDossier(request.agencyCode(), request.procedureCode(), caseCode, request.channel(),
                    request.applicant().toApplicant(), request.summary(), receivingAgencyCode);
        }
    }

    private final Validator validator;
    private final ProcedureCatalog catalog;
    private final AttachmentPolicy policy;
    private final ZoneId zone;
    private final BusinessClock clock;
    private final ProcedureDataSchemas schemas;
    private final RuleSets ruleSets;
    private final ReceivingCentres centres;
    private final DossierProcesses processes;
    private final CallerAgencies callers;

    SubmissionValidator(Validator validator, ProcedureCatalog catalog, AttachmentPolicy policy, ZoneId provinceZone,
                        BusinessClock clock, ProcedureDataSchemas schemas, RuleSets ruleSets, ReceivingCentres centres,
                        DossierProcesses processes, CallerAgencies callers) {
        this.ruleSets = ruleSets;
        this.centres = centres;
        this.processes = processes;
        this.callers = callers;
        this.schemas = schemas;
        this.clock = clock;
        this.validator = validator;
        this.catalog = catalog;
        this.policy = policy;
        this.zone = provinceZone;
    }

    ValidSubmission validate(SubmissionRequest request, Map<String, List<MultipartFile>> parts) {
        List<FieldProblem> errors = new ArrayList<>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        ProcedureCase procedureCase = procedureCase(request, errors);
        List<UploadedFile> files = files(parts, procedureCase, errors);
        RuleSet ruleSet = ruleSets.forReceipt(clock.now().atZone(zone).toLocalDate());
        if (procedureCase != null && request.channel() == Channel.ONLINE) {
            onlineRules(procedureCase, files, errors);
        } else if (procedureCase != null && request.channel() != null) {
            Digitisation.missingScans(ruleSet, request.channel(), procedureCase.getComponents().stream()
                            .filter(ProcedureComponent::isMandatory).toList(),
                    files.stream().map(UploadedFile::componentCode).toList()).stream()
                    .filter(p -> errors.stream().noneMatch(e -> e.field().equals(p.field())))
                    .forEach(errors::add);
        }
        String receiving = receivingCentre(request, ruleSet, errors);
        Map<String, Object> data = Map.of();
        // the portal must send the procedure data; at the counter it may come later on the forms
        if (procedureCase != null && (request.data() != null || request.channel() == Channel.ONLINE)) {
            data = schemas.check(procedureCase.getProcedure().getProcessKey(), request.data(), errors);
        }
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
        return new ValidSubmission(request, procedureCase.getCode(), files, data, receiving);
    }

    /** The receiving centre named or derived from the clerk's desk ({@link ReceivingCentres}); null on a problem. */
    private String receivingCentre(SubmissionRequest request, RuleSet ruleSet, List<FieldProblem> errors) {
        if (!notBlank(request.agencyCode())) {
            return null;
        }
        Agency resolving;
        try {
            resolving = catalog.agency(request.agencyCode());
        } catch (NoSuchElementException e) {
            return null; // reported on agencyCode
        }
        List<String> groups = processes.currentGroups();
        return centres.choose(resolving, ruleSet, request.receivingAgencyCode(), groups == null ? List.of() : groups,
                callers.current().all(), errors);
    }

    /** The files of a supplement: components of the dossier's case, types and sizes. */
    List<UploadedFile> supplementFiles(ProcedureCase procedureCase, Map<String, List<MultipartFile>> parts) {
        List<FieldProblem> errors = new ArrayList<>();
        List<UploadedFile> files = files(parts, procedureCase, errors);
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
        return files;
    }

    private ProcedureCase procedureCase(SubmissionRequest request, List<FieldProblem> errors) {
        if (notBlank(request.agencyCode())) {
            try {
                var agency = catalog.agency(request.agencyCode());
                if (agency != null && !agency.isActiveOn(catalog.today())) {
                    // closed by a reorganisation of the province file (docs/province.md): its running dossiers stay
                    errors.add(new FieldProblem("agencyCode", "Cơ quan " + agency.getCode()
                            + " đã ngừng tiếp nhận hồ sơ từ sau ngày " + agency.getEffectiveTo()
                            + (agency.getSuccessorCode() == null ? ""
                            : "; đã sáp nhập vào cơ quan " + agency.getSuccessorCode() + ": nộp hồ sơ tại cơ quan này")));
                }
            } catch (NoSuchElementException e) {
                errors.add(new FieldProblem("agencyCode", e.getMessage()));
            }
        }
        if (!notBlank(request.procedureCode())) {
            return null;
        }
        LocalDate today = clock.now().atZone(zone).toLocalDate();
        AdministrativeProcedure procedure;
        try {
            procedure = catalog.procedureInForce(request.procedureCode(), today);
        } catch (NoSuchElementException e) {
            errors.add(new FieldProblem("procedureCode", e.getMessage()));
            return null;
        }
        if (request.channel() == Channel.ONLINE && procedure.getOnlineServiceType() == OnlineServiceType.NONE) {
            errors.add(new FieldProblem("channel", "Thủ tục " + procedure.getCode()
                    + " không cung cấp dịch vụ công trực tuyến để nộp hồ sơ trực tuyến"));
        }
        String caseCode = request.caseCode();
        if (!notBlank(caseCode)) {
            if (procedure.getCases().size() == 1) {
                return procedure.getCases().get(0);
            }
            errors.add(new FieldProblem("caseCode", "Thủ tục " + procedure.getCode() + " có nhiều trường hợp: cần chọn mã trường hợp"));
            return null;
        }
        return procedure.findCase(caseCode).orElseGet(() -> {
            errors.add(new FieldProblem("caseCode", "Thủ tục " + procedure.getCode() + " không có trường hợp '" + caseCode + "'"));
            return null;
        });
    }

    private List<UploadedFile> files(Map<String, List<MultipartFile>> parts, ProcedureCase procedureCase,
                                     List<FieldProblem> errors) {
        List<UploadedFile> files = new ArrayList<>();
        parts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(part -> {
            String code = part.getKey();
            String field = "files." + code;
            if (procedureCase != null && procedureCase.getComponents().stream().noneMatch(c -> c.getCode().equals(code))) {
                errors.add(new FieldProblem(field, "'" + code + "' không phải thành phần hồ sơ của trường hợp "
                        + procedureCase.getCode() + " (các mã hợp lệ: " + String.join(", ",
                        procedureCase.getComponents().stream().map(ProcedureComponent::getCode).toList()) + ")"));
                return;
            }
            for (MultipartFile file : part.getValue()) {
                // stored and shown under a safe name: no folders, control or bidi characters, NFC, length-limited
                String name = FileNames.safe(file.getOriginalFilename(), code);
                if (file.getSize() > policy.maxFileSize().toBytes()) {
                    errors.add(new FieldProblem(field, "Tệp '" + name + "' dung lượng " + file.getSize()
                            + " byte, vượt quá giới hạn " + policy.maxFileSize().toMegabytes() + " MB"));
                    continue;
                }
                byte[] content = bytes(file);
                List<String> problems = policy.problems(name, file.getContentType(), content);
                problems.forEach(p -> errors.add(new FieldProblem(field, p)));
                if (problems.isEmpty()) {
                    files.add(new UploadedFile(code, name, file.getContentType().split(";")[0].trim().toLowerCase(), content));
                }
            }
        });
        return files;
    }

    private static void onlineRules(ProcedureCase procedureCase, List<UploadedFile> files, List<FieldProblem> errors) {
        for (ProcedureComponent component : procedureCase.getComponents()) {
            boolean attached = files.stream().anyMatch(f -> f.componentCode().equals(component.getCode()));
            boolean reported = errors.stream().anyMatch(e -> e.field().equals("files." + component.getCode()));
            if (component.isMandatory() && !attached && !reported) {
                errors.add(new FieldProblem("files." + component.getCode(),
                        "Thiếu thành phần hồ sơ bắt buộc: " + component.getName()));
            }
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + file.getOriginalFilename(), e);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
