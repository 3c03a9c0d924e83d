package vn.motcua.procedure;

import java.math.BigDecimal;

/**
 * One row of an approved internal process (quy trình nội bộ): the step's place, its Vietnamese name as approved,
 * who performs it, the performing unit where the table names one, and its share of the legal time, in the case's
 * duration unit (working days or working hours).
 *
 * @param order    1, 2, … in the order the table lists them
 * @param name     e.g. "Tiếp nhận hồ sơ", "Thẩm định hồ sơ", "Ký duyệt"
 * @param role     who performs it
 * @param unitCode the performing unit's code in the province data, or null when the table names only a role
 * @param share    the step's share of the legal time, greater than zero
 */
public record InternalProcessStep(int order, String name, StepRole role, String unitCode, BigDecimal share) {
}
