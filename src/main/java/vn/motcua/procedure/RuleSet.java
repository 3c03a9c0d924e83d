package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.Set;

/**
 * A legal regime a dossier is handled under, chosen by its receipt day and kept for its whole life
 * ({@code regime/rule-sets.json}, {@link RuleSets}): which slip forms it prints, how its code is formed, how
 * its statuses map to the national ones, and which actions it allows.
 *
 * @param slipSet      {@code TT01-2018} or {@code TT03-2025}
 * @param codeFormat   {@code TT01-2018} (4-digit sequence, at most 9999 a day) or {@code TT04-2025} (optional
 *                     2-digit system prefix, a sequence of at least 4 digits that grows past 9999)
 * @param receivingCentres     whether a service centre other than the resolving agency's desk may receive the
 *                             dossier (Decree 118/2025: receipt regardless of administrative boundary); false:
 *                             the receiving agency is the resolving one
 * @param digitisationAtIntake whether intake scans the papers handed in, with the exemptions of Circular 03/2025
 *                             Art. 5(2) ({@link ScanExemption}); false: no scan is demanded (the 2018 rules)
 */
public record RuleSet(String id, String name, LocalDate effectiveFrom, LocalDate effectiveTo, String slipSet,
                      String codeFormat, String statusMapping, Set<String> actions, String source,
                      Boolean receivingCentres, Boolean digitisationAtIntake) {

    public static final String SLIPS_2018 = "TT01-2018";
    public static final String SLIPS_2025 = "TT03-2025";
    public static final String CODE_2018 = "TT01-2018";
    public static final String CODE_2026 = "TT04-2025";
    /** Stop at the applicant's request before a result exists (Decree 118/2025 Art. 21, form 05). */
    public static final String STOP_AT_REQUEST = "STOP_AT_REQUEST";

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean allows(String action) {
        return actions.contains(action);
    }

    /** Whether a service centre other than the resolving agency's own desk may receive the dossier. */
    public boolean otherCentresReceive() {
        return Boolean.TRUE.equals(receivingCentres);
    }

    /** Whether intake scans the papers handed in (Circular 03/2025 Art. 5(2)). */
    public boolean digitisesAtIntake() {
        return Boolean.TRUE.equals(digitisationAtIntake);
    }

    /** The dossier code's system prefix AA for a procedure with one: only in the Circular 04/2025 format. */
    public String codePrefix(String systemPrefix) {
        return sequenceGrows() && systemPrefix != null ? systemPrefix : "";
    }

    /** Whether the dossier code's sequence may grow past 9999 (Circular 04/2025). */
    public boolean sequenceGrows() {
        return CODE_2026.equals(codeFormat);
    }
}
