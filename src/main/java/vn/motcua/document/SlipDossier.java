package vn.motcua.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the slips print about one dossier. Plain data, filled by the register; no entity or engine types.
 *
 * @param dossierCode the dossier code (mã hồ sơ), required
 * @param parentAgencyName optional: the governing body printed above the agency, e.g. "UBND TỈNH BÌNH PHƯỚC"
 * @param agencyName the receiving agency, e.g. "Trung tâm Phục vụ hành chính công tỉnh Bình Phước", required
 * @param agencyIdentifier optional: the agency's electronic identifier (mã định danh)
 * @param procedureCode optional: the national procedure code, e.g. "1.001612"
 * @param procedureName the procedure's name, required
 * @param caseName optional: the case (trường hợp) of the procedure
 * @param applicantName the applicant (or the proxy who submits), required
 * @param idNumber optional: personal identification number
 * @param address optional
 * @param phone optional
 * @param email optional
 * @param channel optional: how the dossier was submitted
 * @param receivedAt when the dossier was received, required
 * @param dueAt optional: the appointment (hẹn trả kết quả); null for procedures resolved on the spot
 * @param processingTime optional: the prescribed time as text, e.g. "03 ngày làm việc"
 * @param fee optional: fee and charge in đồng; null prints nothing, zero prints "Không thu"
 * @param receivedBy optional: the full name of the clerk who received the dossier, e.g. "Nguyễn Thị Lan"
 * @param receivingUnit optional: the clerk's desk or unit, e.g. "Bộ phận một cửa thành phố Đồng Xoài"
 * @param resultPlace optional: where the result is collected
 * @param place optional: the locality printed before the date, e.g. "Bình Phước"
 * @param components the dossier's components; null is taken as none
 */
public record SlipDossier(
        String dossierCode,
        String parentAgencyName,
        String agencyName,
        String agencyIdentifier,
        String procedureCode,
        String procedureName,
        String caseName,
        String applicantName,
        String idNumber,
        String address,
        String phone,
        String email,
        SlipChannel channel,
        Instant receivedAt,
        Instant dueAt,
        String processingTime,
        BigDecimal fee,
        String receivedBy,
        String receivingUnit,
        String resultPlace,
        String place,
        List<SlipComponent> components) {

    public SlipDossier {
        dossierCode = Require.text(dossierCode, "dossierCode");
        parentAgencyName = Require.optional(parentAgencyName);
        agencyName = Require.text(agencyName, "agencyName");
        agencyIdentifier = Require.optional(agencyIdentifier);
        procedureCode = Require.optional(procedureCode);
        procedureName = Require.text(procedureName, "procedureName");
        caseName = Require.optional(caseName);
        applicantName = Require.text(applicantName, "applicantName");
        idNumber = Require.optional(idNumber);
        address = Require.optional(address);
        phone = Require.optional(phone);
        email = Require.optional(email);
        Require.present(receivedAt, "receivedAt");
        if (dueAt != null && dueAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("dueAt must not be before receivedAt");
        }
        processingTime = Require.optional(processingTime);
        if (fee != null && fee.signum() < 0) {
            throw new IllegalArgumentException("fee must not be negative");
        }
        receivedBy = Require.optional(receivedBy);
        receivingUnit = Require.optional(receivingUnit);
        resultPlace = Require.optional(resultPlace);
        place = Require.optional(place);
        components = Require.list(components, "components");
    }

    /** "Nguyễn Thị Lan (Bộ phận một cửa thành phố Đồng Xoài)", the name alone, or null. */
    public String receivedByAndUnit() {
        if (receivedBy == null) {
            return receivingUnit;
        }
        return receivingUnit == null ? receivedBy : receivedBy + " (" + receivingUnit + ")";
    }
}
