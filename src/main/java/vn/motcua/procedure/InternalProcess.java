package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The approved internal process (quy trình nội bộ) of one case of one procedure version: the table of steps a
 * province approves with each procedure, whose shares add up to the case's legal time. Imported with the catalogue
 * and turned into a BPMN skeleton.
 *
 * @param procedureCode the national catalogue code, e.g. "1.001612"
 * @param caseCode      the case (trường hợp) the table belongs to
 * @param effectiveFrom the first day the procedure version it belongs to applies
 * @param source        where the table was published (decision of the provincial People's Committee, portal page)
 * @param steps         in order
 */
public record InternalProcess(String procedureCode, String caseCode, LocalDate effectiveFrom, String source,
                              List<InternalProcessStep> steps) {

    public InternalProcess {
        steps = List.copyOf(steps);
    }

    /** The sum of the steps' shares, to compare with the case's legal time. */
    public BigDecimal totalShare() {
        return steps.stream().map(InternalProcessStep::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
