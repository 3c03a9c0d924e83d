package vn.motcua.document;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every result document shows, whatever the procedure: who issues it, on which day, for which dossier,
 * who signs it; plus the procedure's own fields by name ({@link ResultTemplate#fields()}). Plain data: no
 * entity, no engine type.
 *
 * @param procedureCode the procedure whose template renders it, e.g. {@code 1.001612}
 * @param dossierCode the dossier the result answers
 * @param agencyName the competent authority, e.g. "UBND thành phố Đồng Xoài"
 * @param issuingUnit the unit under it that issues the result, e.g. "Phòng Tài chính - Kế hoạch thành phố
 *     Đồng Xoài"; null when the authority issues it itself
 * @param place the place on the date line, e.g. "Đồng Xoài"; null prints "Ngày ..."
 * @param issuedOn the day the result is issued (and signed)
 * @param signerTitle the signer's title line; null prints the template's default
 * @param signerName the signer's full name, printed under the signature
 * @param fields the procedure's fields, by the names its template declares
 * @param documentNumber the number and symbol from the agency's register, e.g. {@code 123/GCN-UBND}; null on a
 *     draft (the number is issued at signing)
 */
public record ResultData(String procedureCode, String dossierCode, String agencyName, String issuingUnit,
        String place, LocalDate issuedOn, String signerTitle, String signerName, Map<String, Object> fields, String documentNumber) {

    public ResultData {
        procedureCode = Require.text(procedureCode, "procedureCode");
        dossierCode = Require.text(dossierCode, "dossierCode");
        agencyName = Require.text(agencyName, "agencyName");
        issuingUnit = Require.optional(issuingUnit);
        place = Require.optional(place);
        Require.present(issuedOn, "issuedOn");
        signerTitle = Require.optional(signerTitle);
        signerName = Require.text(signerName, "signerName");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        documentNumber = Require.optional(documentNumber);
    }

    /** A draft's data: no number yet. */
    public ResultData(String procedureCode, String dossierCode, String agencyName, String issuingUnit, String place,
                      LocalDate issuedOn, String signerTitle, String signerName, Map<String, Object> fields) {
        this(procedureCode, dossierCode, agencyName, issuingUnit, place, issuedOn, signerTitle, signerName, fields, null);
    }

    /** A field as text; fails naming the field when it is missing or blank. */
    public String text(String field) {
        Object value = fields.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.toString().strip();
    }

    /** An optional field as text: empty when it is missing or blank. */
    public String optionalText(String field) {
        Object value = fields.get(field);
        return value == null ? "" : value.toString().strip();
    }
}
