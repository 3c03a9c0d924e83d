package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.procedure.RuleSet;

/**
 * Dossier codes {@code <agency identifier>-<yyMMdd>-<4-digit sequence per agency per day>} (Circular
 * 01/2018), and from 25/01/2026 (rule set with code format {@code TT04-2025}, Circular 04/2025)
 * {@code <resolving agency>-<yyMMdd>-<AA><sequence of at least 4 digits>}: the optional 2-digit prefix AA is
 * given only for procedures of a nationwide centralised system (catalogue {@code systemPrefix}), and
 * the sequence grows past 9999 instead of failing. The sequence is a counter row per agency and day: the first
 * code of a day inserts the row in its own short transaction (a concurrent insert of the same row is harmless),
 * then the caller's transaction increments it. The row lock serializes concurrent receipts, and a rolled-back receipt rolls its number
 * back with it, so there are neither duplicates nor gaps.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    DossierCodes(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next code under the rule set's code format, for a procedure without a system prefix. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String agencyCode, LocalDate day, RuleSet ruleSet) {
        return next(agencyCode, day, ruleSet, null);
    }

    /**
     * The next code under the rule set's code format; {@code systemPrefix} (2 digits, the procedure's, checked at
     * catalogue load) goes before the sequence only in the Circular 04/2025 format.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String agencyCode, LocalDate day, RuleSet ruleSet, String systemPrefix) {
        int updated = increment(agencyCode, day);
        if (updated == 0) {
            ensureCounterRow(agencyCode, day);
            updated = increment(agencyCode, day);
        }
        if (updated != 1) {
            throw new IllegalStateException("Không cấp được mã hồ sơ cho cơ quan " + agencyCode);
        }
        Integer value = jdbc.queryForObject(
                "select last_value from dossier_code_counter where agency_code = ? and counter_day = ?",
                Integer.class, agencyCode, day);
        if (value > 9999 && !ruleSet.sequenceGrows()) {
            throw new IllegalStateException("Cơ quan " + agencyCode + " đã dùng hết 9999 mã hồ sơ của ngày " + day);
        }
        return "%s-%s-%s%04d".formatted(agencyCode, DAY.format(day), ruleSet.codePrefix(systemPrefix), value);
    }

    private int increment(String agencyCode, LocalDate day) {
        return jdbc.update("update dossier_code_counter set last_value = last_value + 1 where agency_code = ? and counter_day = ?",
                agencyCode, day);
    }

    private void ensureCounterRow(String agencyCode, LocalDate day) {
        try {
            separate.executeWithoutResult(status -> jdbc.update(
                    "insert into dossier_code_counter (agency_code, counter_day, last_value) values (?, ?, 0)", agencyCode, day));
        } catch (DuplicateKeyException alreadyThere) {
            // another receipt created the row first
        }
    }
}
