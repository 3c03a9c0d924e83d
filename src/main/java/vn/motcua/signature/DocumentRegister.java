package vn.motcua.signature;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.document.ResultKind;

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi) of each agency and year, Decree 30/2020/NĐ-CP
 * art. 15-16: every result gets the next number of its agency's year when it is signed, with the symbol
 * {@code <kind>-<agency>} (e.g. {@code 123/GCN-UBND}). The counter row of the agency and year is locked with
 * {@code select ... for update} by the signing transaction, so concurrent signings on any node wait for each
 * other, and a signing that fails rolls its number back: no gap, no duplicate. A voided number stays in the
 * register with its reason and is never issued again.
 */
@Service
public class DocumentRegister {

    /** Kind symbol when a procedure has none in {@code document_kind_symbol}: "kết quả". */
    static final String DEFAULT_KIND = "KQ";

    /** How long a signing waits for the counter row that other signings hold. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    /**
     * One line of the register; {@code dmsDocumentId} and {@code filedAt} are the agency's document-management
     * system's acknowledgement (its document id, when it received it), null until it has acknowledged;
     * {@code resultKind} says whether the document granted the dossier or refused it (a refusal notice).
     */
    public record Entry(long id, String agencyCode, int year, int number, String notation, String kindSymbol,
            String procedureCode, String title, long dossierId, String dossierCode, Long signedResultId,
            String signerUser, Instant issuedAt, Instant voidedAt, String voidedBy, String voidReason,
            String dmsDocumentId, Instant filedAt, ResultKind resultKind) {

        /** A line of the procedure's own result ({@link ResultKind#GRANTED}). */
        public Entry(long id, String agencyCode, int year, int number, String notation, String kindSymbol,
                     String procedureCode, String title, long dossierId, String dossierCode, Long signedResultId,
                     String signerUser, Instant issuedAt, Instant voidedAt, String voidedBy, String voidReason,
                     String dmsDocumentId, Instant filedAt) {
            this(id, agencyCode, year, number, notation, kindSymbol, procedureCode, title, dossierId, dossierCode,
                    signedResultId, signerUser, issuedAt, voidedAt, voidedBy, voidReason, dmsDocumentId, filedAt,
                    ResultKind.GRANTED);
        }

        public boolean voided() {
            return voidedAt != null;
        }
    }

    /** A number issued to a document being signed, before it is recorded. */
    public record Issued(String agencyCode, int year, int number, String kindSymbol, String notation) {
    }

    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getLong("id"), rs.getString("agency_code"),
            rs.getInt("reg_year"), rs.getInt("reg_number"), rs.getString("notation"), rs.getString("kind_symbol"),
            rs.getString("procedure_code"), rs.getString("title"), rs.getLong("dossier_id"),
            rs.getString("dossier_code"), (Long) rs.getObject("signed_result_id", Long.class),
            rs.getString("signer_user"), instant(rs.getObject("issued_at", OffsetDateTime.class)),
            instant(rs.getObject("voided_at", OffsetDateTime.class)), rs.getString("voided_by"),
            rs.getString("void_reason"), rs.getString("dms_document_id"),
            instant(rs.getObject("filed_at", OffsetDateTime.class)), ResultKind.valueOf(rs.getString("result_kind")));

    /** The register's lines with their filing acknowledgement, if any. */
    private static final String LINES = "select e.*, f.dms_document_id, f.received_at as filed_at "
            + "from document_register_entry e left join document_filing f on f.entry_id = e.id ";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ZoneId zone;

    DocumentRegister(JdbcTemplate jdbc, PlatformTransactionManager transactions, ZoneId provinceZone) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.zone = provinceZone;
    }

    /**
     * The next number of the agency's register for the year of {@code at}, locked until the caller's
     * transaction ends; {@link #record} must follow in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Issued next(String agencyCode, String agencyName, String procedureCode, Instant at) {
        return next(agencyCode, agencyName, procedureCode, ResultKind.GRANTED, at);
    }

    /**
     * The next number for a document of that kind: the procedure's own result takes the procedure's kind symbol
     * ({@code document_kind_symbol}), a refusal notice the symbol of its kind ({@code result_kind_symbol}, "TB").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Issued next(String agencyCode, String agencyName, String procedureCode, ResultKind kind, Instant at) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new IllegalArgumentException("agencyCode must not be blank");
        }
        int year = at.atZone(zone).getYear();
        Integer last = lockCounter(agencyCode, year);
        if (last == null) {
            try {
                ownTransaction.executeWithoutResult(s -> jdbc.update(
                        "insert into document_register_counter (agency_code, reg_year, last_number) values (?, ?, 0)",
                        agencyCode, year));
            } catch (DuplicateKeyException createdByAnotherSigning) {
                // the row is there now either way
            }
            last = lockCounter(agencyCode, year);
        }
        int number = last + 1;
        jdbc.update("update document_register_counter set last_number = ? where agency_code = ? and reg_year = ?",
                number, agencyCode, year);
        LocalDate day = at.atZone(zone).toLocalDate();
        String symbol = kind == ResultKind.GRANTED ? kindSymbol(procedureCode, day) : kindSymbol(kind, day);
        return new Issued(agencyCode, year, number, symbol, number + "/" + symbol + "-" + agencySymbol(agencyName));
    }

    /**
     * Locks the counter row and reads it. A database that gives up waiting for the lock (H2 after its lock
     * timeout, one second by default; only the statement is rolled back) is asked again, for up to
     * {@link #LOCK_WAIT}: another signing holds the row until it commits.
     */
    private Integer lockCounter(String agencyCode, int year) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                List<Integer> rows = jdbc.queryForList(
                        "select last_number from document_register_counter where agency_code = ? and reg_year = ? for update",
                        Integer.class, agencyCode, year);
                return rows.isEmpty() ? null : rows.get(0);
            } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
            }
        }
    }

    /** Writes the register line of a number from {@link #next} once the document is signed and stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Issued issued, String procedureCode, String title, long dossierId, String dossierCode,
                       Long signedResultId, String signerUser, Instant issuedAt) {
        record(issued, procedureCode, ResultKind.GRANTED, title, dossierId, dossierCode, signedResultId, signerUser,
                issuedAt);
    }

    /** Writes the register line of a document of that kind (the procedure's own result or a refusal notice). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Issued issued, String procedureCode, ResultKind kind, String title, long dossierId,
                       String dossierCode, Long signedResultId, String signerUser, Instant issuedAt) {
        jdbc.update("insert into document_register_entry (agency_code, reg_year, reg_number, notation, kind_symbol, "
                + "procedure_code, result_kind, title, dossier_id, dossier_code, signed_result_id, signer_user, issued_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", issued.agencyCode(), issued.year(), issued.number(),
                issued.notation(), issued.kindSymbol(), procedureCode, kind.name(), title, dossierId, dossierCode,
                signedResultId, signerUser, Timestamp.from(issuedAt));
    }

    /**
     * Whether the dossier's latest document in force (not voided) granted it or refused it; empty before any is
     * signed. The portal's events carry it.
     */
    @Transactional(readOnly = true)
    public Optional<ResultKind> resultKindOf(long dossierId) {
        return jdbc.queryForList("select result_kind from document_register_entry where dossier_id = ? "
                + "and voided_at is null order by id desc", String.class, dossierId).stream().findFirst()
                .map(ResultKind::valueOf);
    }

    /** The agency's register of the year, in number order. */
    @Transactional(readOnly = true)
    public List<Entry> list(String agencyCode, int year) {
        return jdbc.query(LINES + "where e.agency_code = ? and e.reg_year = ? "
                + "order by e.reg_number", ENTRY, agencyCode, year);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(String agencyCode, int year, int number) {
        return jdbc.query(LINES + "where e.agency_code = ? and e.reg_year = ? "
                + "and e.reg_number = ?", ENTRY, agencyCode, year, number).stream().findFirst();
    }

    /** The number of the dossier's latest signed result; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<Entry> ofSignedResult(long signedResultId) {
        return jdbc.query(LINES + "where e.signed_result_id = ?", ENTRY, signedResultId)
                .stream().findFirst();
    }

    /**
     * Marks the number void (the document is withdrawn or reprinted under a new number); the number is never
     * issued again. Returns false when it was void already.
     */
    @Transactional
    public boolean voidNumber(long entryId, String by, String reason, Instant at) {
        return jdbc.update("update document_register_entry set voided_at = ?, voided_by = ?, void_reason = ? "
                + "where id = ? and voided_at is null", Timestamp.from(at), by, reason, entryId) == 1;
    }

    /**
     * Records the document-management system's acknowledgement of a line (its document id, when it received the
     * document), in the caller's transaction. The first acknowledgement stays: a repeated one (a replayed delivery)
     * changes nothing and returns false.
     */
    @Transactional
    public boolean recordFiling(long entryId, String eventKey, String dmsDocumentId, Instant receivedAt,
                                Instant recordedAt) {
        Integer known = jdbc.queryForObject("select count(*) from document_filing where entry_id = ?", Integer.class,
                entryId);
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("insert into document_filing (entry_id, event_key, dms_document_id, received_at, recorded_at) "
                + "values (?, ?, ?, ?, ?)", entryId, eventKey, dmsDocumentId, Timestamp.from(receivedAt),
                Timestamp.from(recordedAt));
        return true;
    }

    /** The symbol of a kind of document every procedure shares (a refusal notice: "TB"). */
    private String kindSymbol(ResultKind kind, LocalDate on) {
        List<String> symbols = jdbc.queryForList("select kind_symbol from result_kind_symbol where result_kind = ? "
                + "and effective_from <= ? order by effective_from desc", String.class, kind.name(), on);
        return symbols.isEmpty() ? DEFAULT_KIND : symbols.get(0);
    }

    private String kindSymbol(String procedureCode, LocalDate on) {
        List<String> symbols = jdbc.queryForList("select kind_symbol from document_kind_symbol where procedure_code = ? "
                + "and effective_from <= ? order by effective_from desc", String.class, procedureCode, on);
        return symbols.isEmpty() ? DEFAULT_KIND : symbols.get(0);
    }

    /**
     * The issuing agency's abbreviation: "UBND thành phố Đồng Xoài" → "UBND", "Sở Tư pháp tỉnh Bình Phước" →
     * "STP" (initials of the name before the place; Decree 30/2020 leaves the abbreviation to each agency).
     */
    static String agencySymbol(String agencyName) {
        if (agencyName == null || agencyName.isBlank()) {
            return "CQ";
        }
        String name = agencyName.strip();
        String place = ResultSigning.placeOf(name);
        if (place != null) {
            String lower = name.toLowerCase(new Locale("vi"));
            int cut = name.length();
            for (String unit : ResultSigning.UNITS) {
                int at = lower.indexOf(" " + unit);
                if (at > 0 && at < cut) {
                    cut = at;
                }
            }
            name = name.substring(0, cut);
        }
        StringBuilder symbol = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (word.chars().allMatch(c -> Character.isUpperCase(c)) && word.length() > 1) {
                symbol.append(word);
            } else if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                symbol.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return symbol.toString();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
