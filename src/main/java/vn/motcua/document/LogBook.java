package vn.motcua.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A page range of the log book of one desk.
 *
 * @param parentAgencyName optional, as on the slips
 * @param agencyName required
 * @param deskName the desk or counter (quầy) the book belongs to, required
 * @param from first day covered (in the province's zone), required
 * @param to last day covered, required, not before {@code from}
 * @param rows the dossiers, in the order they are printed; null is taken as none
 */
public record LogBook(String parentAgencyName, String agencyName, String deskName, LocalDate from, LocalDate to,
        List<LogBookRow> rows) {

    public LogBook {
        parentAgencyName = Require.optional(parentAgencyName);
        agencyName = Require.text(agencyName, "agencyName");
        deskName = Require.text(deskName, "deskName");
        Require.present(from, "from");
        Require.present(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        rows = Require.list(rows, "rows");
    }
}
