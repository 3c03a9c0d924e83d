package vn.motcua.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.modelling.Skeleton;
import vn.motcua.modelling.SkeletonProblem;
import vn.motcua.modelling.StepDeadlineRows;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.InternalProcess;
import vn.motcua.procedure.InternalProcessTables;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureRepository;

/**
 * The skeleton of a stored procedure version, for the analyst to download (admin API and Cockpit page "Danh mục thủ
 * tục"; docs/analyst-guide.md, section 0): generated from the STORED step table with the catalogue's process key, as
 * a zip of {@code processes/generated/<key>.bpmn}, its forms under {@code forms/generated/} and
 * {@code decisions/thoi-han-buoc.dmn} — the step-deadline decision deployed now with this procedure's rows merged in
 * (or, on a fresh engine, the one shipped with the application). Nothing is written anywhere: the analyst opens the
 * files in the Modeler and deploys them.
 */
@Service
public class CatalogueSkeletons {

    /** A procedure code as the national catalogue writes them: nothing else is looked up. */
    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,29}");
    static final String DEADLINES = "decisions/thoi-han-buoc.dmn";
    static final String DEADLINES_DECISION = "thoi-han-buoc";

    private final ProcedureRepository procedures;
    private final InternalProcessTables tables;
    private final RepositoryService repository;
    private final BusinessClock clock;
    private final ZoneId zone;

    CatalogueSkeletons(ProcedureRepository procedures, InternalProcessTables tables, RepositoryService repository,
                       BusinessClock clock, ZoneId zone) {
        this.procedures = procedures;
        this.tables = tables;
        this.repository = repository;
        this.clock = clock;
        this.zone = zone;
    }

    /** A procedure version that has a step table: what the page lists with its download link. */
    public record Available(String code, String name, LocalDate effectiveFrom, LocalDate effectiveTo, String caseCode,
                            String processKey) {
    }

    /** The zip and its file name ({@code <key>-<effectiveFrom>.zip}). */
    public record Download(String fileName, byte[] zip) {
    }

    /** No such version, or no step table for it: names the code and the effective date asked for. */
    public static class NotFound extends RuntimeException {
        private final String code;
        private final String effectiveFrom;

        NotFound(String code, String effectiveFrom, String message) {
            super(message);
            this.code = code;
            this.effectiveFrom = effectiveFrom;
        }

        public String code() {
            return code;
        }

        public String effectiveFrom() {
            return effectiveFrom;
        }
    }

    /** The effective date is not a date. */
    public static class BadDate extends RuntimeException {
        BadDate(String value) {
            super("effectiveFrom phải là ngày dạng YYYY-MM-DD");
        }
    }

    /** Every stored procedure version with a step table, by code and effective date. */
    @Transactional(readOnly = true)
    public List<Available> available() {
        List<Available> out = new ArrayList<>();
        for (InternalProcessTables.Stored stored : tables.all()) {
            procedures.findById(stored.procedureId()).ifPresent(p -> out.add(new Available(p.getCode(), p.getName(),
                    p.getEffectiveFrom(), p.getEffectiveTo(), stored.process().caseCode(), p.getProcessKey())));
        }
        return out;
    }

    /**
     * The skeleton of the version of {@code code} that starts on {@code effectiveFrom} (null or blank: the version in
     * force today), from its first case with a step table. Throws {@link NotFound}, {@link BadDate} or
     * {@link SkeletonProblem} (the stored table cannot become a model, every row and field named).
     */
    @Transactional(readOnly = true)
    public Download skeleton(String code, String effectiveFrom) {
        String asked = effectiveFrom == null || effectiveFrom.isBlank() ? null : effectiveFrom;
        if (code == null || !CODE.matcher(code).matches()) {
            throw new NotFound(null, asked, "mã thủ tục không hợp lệ (chữ, số, dấu chấm, gạch nối; tối đa 30 ký tự)");
        }
        AdministrativeProcedure version = version(code, asked);
        List<InternalProcess> stepTables = tables.of(version.getCode(), version.getEffectiveFrom());
        if (stepTables.isEmpty()) {
            throw new NotFound(code, version.getEffectiveFrom().toString(),
                    "phiên bản " + version.getEffectiveFrom() + " của thủ tục " + code + " chưa có quy trình nội bộ");
        }
        InternalProcess table = stepTables.get(0);
        ProcedureCase procedureCase = version.findCase(table.caseCode()).orElseThrow(() -> new NotFound(code,
                version.getEffectiveFrom().toString(), "quy trình nội bộ thuộc trường hợp " + table.caseCode() + " không có trong phiên bản"));
        Skeleton skeleton = Skeleton.generate(version, procedureCase, table);
        Map<String, String> files = new TreeMap<>(skeleton.files());
        files.put(DEADLINES, StepDeadlineRows.merge(deployedDeadlines(), skeleton.plan()).dmn());
        return new Download(skeleton.plan().processKey() + "-" + version.getEffectiveFrom() + ".zip", zip(files));
    }

    private AdministrativeProcedure version(String code, String effectiveFrom) {
        List<AdministrativeProcedure> versions = procedures.findByCodeOrderByEffectiveFromDesc(code);
        if (effectiveFrom == null) {
            LocalDate today = LocalDate.ofInstant(clock.now(), zone);
            return versions.stream().filter(v -> v.isEffectiveOn(today)).findFirst().orElseThrow(() -> new NotFound(code, null,
                    "thủ tục " + code + " không có phiên bản hiệu lực ngày " + today));
        }
        LocalDate from;
        try {
            from = LocalDate.parse(effectiveFrom);
        } catch (DateTimeParseException e) {
            throw new BadDate(effectiveFrom);
        }
        return versions.stream().filter(v -> v.getEffectiveFrom().equals(from)).findFirst().orElseThrow(() -> new NotFound(code,
                effectiveFrom, "thủ tục " + code + " không có phiên bản hiệu lực từ " + from));
    }

    /** The step-deadline decision deployed last (other procedures' rows included), or the shipped one. */
    private String deployedDeadlines() {
        DecisionDefinition deployed = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DEADLINES_DECISION)
                .withoutTenantId().latestVersion().singleResult();
        try (InputStream in = deployed != null ? repository.getResourceAsStream(deployed.getDeploymentId(), deployed.getResourceName())
                : new ClassPathResource(DEADLINES).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
