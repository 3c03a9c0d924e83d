package vn.motcua.signature;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.ResultData;
import vn.motcua.document.ResultField;
import vn.motcua.document.ResultTemplate;
import vn.motcua.document.ResultTemplates;

/**
 * Issues a dossier's result: renders it with the template of the procedure and result type (the procedure's own
 * result, or the refusal notice when the drafting form chose {@code refusal}), signs it as the signer and keeps it in
 * the register. The process glue ({@code signResult}, the signer's draft) only gathers the data into a
 * {@link Request}.
 */
@Service
public class ResultSigning {

    /** Administrative units whose name precedes the place name, longest first. */
    static final List<String> UNITS = List.of("thành phố ", "thị trấn ", "thị xã ", "huyện ", "quận ",
            "phường ", "tỉnh ", "xã ");

    /**
     * What the result needs from the dossier.
     *
     * @param agencyCode the issuing agency's identifier code, whose register numbers the result
     * @param issuingUnit the unit that issues the result under the agency (routing's handling unit); may be null
     * @param fields the template's fields by name ({@link #fields(String, String)})
     * @param resultType the process variable {@code resultType} as the drafting form set it (e.g. {@code permit},
     *     {@code refusal}); null when the procedure's forms set none
     */
    public record Request(Long dossierId, String dossierCode, String procedureCode, String agencyCode,
            String agencyName, String issuingUnit, String signerUserId, Map<String, Object> fields, String resultType) {

        /** The procedure's own result (no result type). */
        public Request(Long dossierId, String dossierCode, String procedureCode, String agencyCode, String agencyName,
                       String issuingUnit, String signerUserId, Map<String, Object> fields) {
            this(dossierId, dossierCode, procedureCode, agencyCode, agencyName, issuingUnit, signerUserId, fields, null);
        }
    }

    private final ResultTemplates templates;
    private final SigningService signing;
    private final SignedResults results;
    private final DocumentRegister register;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    ResultSigning(ResultTemplates templates, SigningService signing, SignedResults results, DocumentRegister register,
                  Clock clock, ZoneId provinceZone, ApplicationEventPublisher events) {
        this.templates = templates;
        this.events = events;
        this.register = register;
        this.signing = signing;
        this.results = results;
        this.clock = clock;
        this.zone = provinceZone;
    }

    /** The fields the procedure's own result prints; fails naming the procedure when it has no template. */
    public List<ResultField> fields(String procedureCode) {
        return templates.require(procedureCode).fields();
    }

    /**
     * The fields the result of that type prints (null or blank: the procedure's own result; {@code refusal}: the
     * refusal notice); fails naming {@code resultType} when the procedure knows no such value.
     */
    public List<ResultField> fields(String procedureCode, String resultType) {
        return templates.require(procedureCode, resultType).fields();
    }

    /** The result as it will be signed, not signed: what the signer reads before approving. */
    public byte[] draft(Request request) {
        return template(request).render(data(request, clock.instant(), null));
    }

    private ResultTemplate template(Request request) {
        return templates.require(request.procedureCode(), request.resultType());
    }

    private ResultData data(Request request, Instant issuedAt, String documentNumber) {
        return new ResultData(request.procedureCode(), request.dossierCode(), request.agencyName(),
                request.issuingUnit(), placeOf(request.agencyName()), issuedAt.atZone(zone).toLocalDate(), null,
                signing.signerName(request.signerUserId()), request.fields(), documentNumber);
    }

    /**
     * Numbers, renders, signs, seals and stores the result, writes its register line and publishes
     * {@link DocumentIssued} — all in one transaction: a failure anywhere leaves no number, no line, no event.
     */
    @Transactional
    public SignedResult sign(Request request) {
        ResultTemplate template = template(request);
        Instant now = clock.instant();
        String place = placeOf(request.agencyName());
        DocumentRegister.Issued number = register.next(request.agencyCode(), request.agencyName(),
                request.procedureCode(), template.kind(), now);
        ResultData data = data(request, now, number.notation());
        byte[] pdf = template.render(data);
        String signerTitle = template.signerTitle(data);
        SignedDocument signed = signing.signAndSeal(pdf, request.signerUserId(), signerTitle,
                request.agencyCode(), request.agencyName(),
                "Ký ban hành " + template.title().toLowerCase(new Locale("vi")) + " số " + number.notation()
                        + ", hồ sơ " + request.dossierCode(),
                place == null ? request.agencyName() : place);
        SignedResult stored = results.store(request.dossierId(), template.fileName(data), signed,
                request.signerUserId(), now);
        register.record(number, request.procedureCode(), template.kind(), template.title(), request.dossierId(),
                request.dossierCode(), stored.getId(), request.signerUserId(), now);
        DocumentRegister.Entry line = register.find(number.agencyCode(), number.year(), number.number()).orElseThrow();
        events.publishEvent(new DocumentIssued(line.id(), request.agencyCode(), request.agencyName(), number.year(),
                number.number(), number.notation(), number.kindSymbol(), request.procedureCode(), template.title(), now,
                request.signerUserId(), signing.signerName(request.signerUserId()), signerTitle, request.dossierId(),
                request.dossierCode(), stored.getId(), stored.getFileName(), stored.getSha256(), stored.getSizeBytes(),
                stored.getStorageKey()));
        return stored;
    }

    /** "UBND thành phố Đồng Xoài" → "Đồng Xoài"; "Sở Tư pháp tỉnh Bình Phước" → "Bình Phước"; else null. */
    static String placeOf(String agencyName) {
        if (agencyName == null) {
            return null;
        }
        String lower = agencyName.toLowerCase(new Locale("vi"));
        int best = -1;
        int length = 0;
        for (String unit : UNITS) {
            int at = lower.lastIndexOf(unit);
            if (at >= 0 && (at == 0 || lower.charAt(at - 1) == ' ') && at > best) {
                best = at;
                length = unit.length();
            }
        }
        return best < 0 ? null : agencyName.substring(best + length).strip();
    }
}
