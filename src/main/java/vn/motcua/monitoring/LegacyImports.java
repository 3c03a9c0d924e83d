package vn.motcua.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.AgencyScope;
import vn.motcua.dossier.FieldProblem;
import vn.motcua.monitoring.LegacyCsv.Column;

/**
 * Past dossiers imported for the KPI reports (issue 17 point 4; docs/legacy-import.md): a CSV file checked as a
 * whole ({@link LegacyCsv}, {@link LegacyRows}), shown as a dry run, then applied in one transaction as closed
 * register rows without engine instances, marked with their batch. A file with any bad row stores nothing; the
 * same file (same bytes) is refused a second time, naming the batch that applied it. Who imports for which
 * agencies: {@link MonitoringReaders#importScope()}.
 */
@Service
class LegacyImports {

    /** At most this many problems are listed in an answer (their total is always given). */
    static final int MAX_LISTED = 1000;
    static final int MAX_ROWS = 500_000;

    private final LegacyImportStore store;
    private final MonitoringReaders readers;
    private final ZoneId zone;
    private final BusinessClock clock;

    LegacyImports(LegacyImportStore store, MonitoringReaders readers, ZoneId provinceZone, BusinessClock clock) {
        this.store = store;
        this.readers = readers;
        this.zone = provinceZone;
        this.clock = clock;
    }

    /** What the file would import: counts per year and agency, every problem, and the earlier batch of the same file. */
    record Preview(String fileName, String sha256, int lines, int validRows, int problemCount, List<FieldProblem> problems,
                   Long appliedAsBatch, Map<String, Map<String, Integer>> perYearAgency) {
    }

    /** An applied batch. */
    record Applied(long batchId, String fileName, String sha256, int rows, Map<String, Map<String, Integer>> perYearAgency) {
    }

    @Transactional(readOnly = true)
    public Preview dryRun(byte[] file, String fileName) {
        Checked checked = check(file);
        List<FieldProblem> problems = checked.rows.problems();
        return new Preview(fileName, checked.sha256, checked.rows.lines(), checked.rows.rows().size(), problems.size(),
                problems.subList(0, Math.min(problems.size(), MAX_LISTED)),
                store.batchOfFile(checked.sha256).map(LegacyImportStore.Batch::id).orElse(null),
                checked.rows.perYearAgency(zone));
    }

    @Transactional
    public Applied apply(byte[] file, String fileName, String user) {
        Checked checked = check(file);
        store.batchOfFile(checked.sha256).ifPresent(b -> {
            throw new LegacyImportRefused(HttpStatus.CONFLICT, "Tệp đã được nhập",
                    "Tệp này (SHA-256 " + checked.sha256 + ") đã được nhập ở lô " + b.id() + " ('" + b.fileName() + "', "
                            + b.importedBy() + ", " + b.importedAt() + "): không nhập lại",
                    List.of(new FieldProblem("file", "Đã nhập ở lô " + b.id())));
        });
        if (!checked.rows.problems().isEmpty()) {
            throw new LegacyImportRefused(HttpStatus.UNPROCESSABLE_ENTITY, "Dữ liệu không hợp lệ",
                    "Tệp có " + checked.rows.problems().size() + " lỗi: không dòng nào được nhập", checked.rows.problems());
        }
        if (checked.rows.rows().isEmpty()) {
            throw new LegacyImportRefused(HttpStatus.UNPROCESSABLE_ENTITY, "Dữ liệu không hợp lệ", "Tệp không có dòng nào",
                    List.of(new FieldProblem("file", "Tệp không có dòng hồ sơ nào")));
        }
        long batch = store.write(checked.sha256, fileName, user, clock.now(), checked.rows.rows());
        return new Applied(batch, fileName, checked.sha256, checked.rows.rows().size(), checked.rows.perYearAgency(zone));
    }

    @Transactional(readOnly = true)
    public List<LegacyImportStore.Batch> batches() {
        return store.batches(readers.scope());
    }

    /** A batch's rows in the caller's agencies as a table to export (cells never become formulas: {@link Table}). */
    @Transactional(readOnly = true)
    public Table export(long batch) {
        Table t = new Table("Ho so nhap tu he thong cu " + batch, List.of("Mã hồ sơ", "Cơ quan giải quyết",
                "Cơ quan tiếp nhận", "Mã thủ tục", "Phiên bản", "Kênh", "Trạng thái", "Kết quả", "Ngày tiếp nhận",
                "Hạn giải quyết", "Ngày có kết quả", "Ngày trả kết quả", "Ngày kết thúc", "Người nộp", "Trích yếu"));
        for (List<Object> row : store.rows(batch, readers.scope())) {
            Object[] cells = row.toArray();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Instant at) {
                    cells[i] = Table.time(at, zone);
                }
            }
            t.row(cells);
        }
        return t;
    }

    private record Checked(String sha256, LegacyRows.Checked rows) {
    }

    private Checked check(byte[] file) {
        AgencyScope scope = readers.importScope();
        if (!scope.all() && scope.codes().isEmpty()) {
            throw new LegacyImportRefused(HttpStatus.FORBIDDEN, "Không có quyền nhập hồ sơ",
                    "Chỉ quản trị viên của tỉnh hoặc lãnh đạo một cơ quan được nhập hồ sơ cũ",
                    List.of(new FieldProblem("file", "Không có quyền nhập hồ sơ cũ")));
        }
        LegacyCsv.Parsed parsed = LegacyCsv.parse(file, MAX_ROWS);
        if (parsed.lines().isEmpty() && !parsed.problems().isEmpty()) {
            throw new LegacyImportRefused(HttpStatus.UNPROCESSABLE_ENTITY, "Tệp không đọc được",
                    "Tệp không đúng định dạng (docs/legacy-import.md)", parsed.problems());
        }
        List<FieldProblem> foreign = new ArrayList<>();
        for (LegacyCsv.Line line : parsed.lines()) {
            String agency = line.get(Column.RESOLVING_AGENCY);
            if (agency != null && !scope.includes(agency)) {
                foreign.add(new FieldProblem(LegacyRows.field(line.number(), Column.RESOLVING_AGENCY),
                        "Không có quyền nhập hồ sơ của cơ quan " + agency));
            }
        }
        if (!foreign.isEmpty()) {
            throw new LegacyImportRefused(HttpStatus.FORBIDDEN, "Không có quyền nhập hồ sơ của cơ quan khác",
                    foreign.size() + " dòng thuộc cơ quan ngoài quyền của bạn: không dòng nào được nhập", foreign);
        }
        String sha = sha256(file);
        LegacyRows.Checked rows = LegacyRows.check(parsed.lines(), store.catalogue(), zone, clock.now(),
                "CU-" + sha.substring(0, 10));
        if (!parsed.problems().isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(parsed.problems());
            all.addAll(rows.problems());
            rows = new LegacyRows.Checked(rows.rows(), all, parsed.lines().size() + parsed.problems().size());
        }
        return new Checked(sha, rows);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name as given, if it is a plain name (letters, digits, space, . _ - ( )), else null. */
    static String plainFileName(String name) {
        if (name == null || name.isBlank() || name.length() > 255
                || !name.matches("[\\p{L}\\p{N} ._()\\-]+") || name.startsWith(".")) {
            return null;
        }
        return new String(name.strip().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
