package vn.motcua.document;

import static vn.motcua.document.SlipPdf.bold;
import static vn.motcua.document.SlipPdf.italic;
import static vn.motcua.document.SlipPdf.regular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.document.SlipPdf.Align;
import vn.motcua.document.SlipPdf.Span;

/**
 * The notice refusing to resolve a dossier (thông báo từ chối giải quyết hồ sơ), for one procedure: the agency tells
 * the applicant that the dossier it received is not resolved and why (Decree 61/2018/NĐ-CP, from 01/07/2025 Decree
 * 118/2025/NĐ-CP: a dossier that is not eligible is returned with a written notice giving the reasons). Laid out like
 * every result (Decree 30/2020/NĐ-CP, {@link OfficialResultTemplate}): number from the register, place and date,
 * title, "Kính gửi", the legal basis, then the applicant, procedure, dossier code and reason as items, the recipients
 * and the signer. Its wording is data ({@link RefusalNotices}); it is numbered, signed and sealed like the procedure's
 * own result, by the same signer.
 */
final class RefusalNoticeTemplate extends OfficialResultTemplate {

    static final ResultField APPLICANT_NAME = new ResultField("applicantName", "Người nộp hồ sơ");
    static final ResultField APPLICANT_ADDRESS = new ResultField("applicantAddress", "Địa chỉ", true);
    static final ResultField PROCEDURE_NAME = new ResultField("procedureName", "Thủ tục hành chính");

    /** Decree 30/2020/NĐ-CP appendix I: "Nơi nhận" 12 pt bold italic, its lines 11 pt. */
    static final float RECIPIENTS = 12f;
    static final float RECIPIENT_LINES = 11f;

    private final RefusalNotices wording;
    private final String procedureCode;
    private final ResultField reason;
    private final ResultTemplate main;

    RefusalNoticeTemplate(RefusalNotices wording, String procedureCode, String reasonField, ResultTemplate main) {
        this.wording = wording;
        this.procedureCode = Require.text(procedureCode, "procedureCode");
        this.reason = new ResultField(Require.text(reasonField, "reasonField"), "Lý do từ chối giải quyết");
        this.main = main;
    }

    @Override
    public String procedureCode() {
        return procedureCode;
    }

    @Override
    public String title() {
        return wording.title();
    }

    @Override
    public ResultKind kind() {
        return ResultKind.REFUSED;
    }

    @Override
    public String resultType() {
        return ResultTemplates.REFUSAL;
    }

    @Override
    public List<ResultField> fields() {
        return List.of(APPLICANT_NAME, APPLICANT_ADDRESS, PROCEDURE_NAME, reason);
    }

    /** The field that carries the reason for this procedure, e.g. {@code permitRefusalReason}. */
    String reasonField() {
        return reason.name();
    }

    /** The signer of the procedure's own result signs its refusal too. */
    @Override
    String defaultSignerTitle() {
        return wording.defaultSignerTitle();
    }

    @Override
    public String signerTitle(ResultData data) {
        if (data.signerTitle() == null && main != null) {
            return main.signerTitle(data);
        }
        return super.signerTitle(data);
    }

    @Override
    public String fileName(ResultData data) {
        return wording.fileStem() + "-" + ascii(data.dossierCode()) + ".pdf";
    }

    @Override
    public byte[] render(ResultData data) {
        Require.present(data, "data");
        RefusalNotices.Version version = wording.on(data.issuedOn());
        String applicant = data.text(APPLICANT_NAME.name());
        String address = data.optionalText(APPLICANT_ADDRESS.name());
        String procedure = data.text(PROCEDURE_NAME.name());
        String why = data.text(reason.name());
        String issuer = data.issuingUnit() == null ? data.agencyName() : data.issuingUnit();
        try (SlipPdf pdf = page(title() + " - " + data.dossierCode())) {
            header(pdf, data);
            pdf.moveDown(18);
            centered(pdf, List.of(bold(upper(title()))), TITLE);
            centered(pdf, List.of(italic("Số hồ sơ: " + data.dossierCode())), BODY);
            pdf.moveDown(10);
            centered(pdf, List.of(regular("Kính gửi: Ông/Bà "), bold(applicant)), BODY);
            pdf.moveDown(10);
            pdf.paragraph(List.of(italic(version.basis())), BODY);
            pdf.moveDown(4);
            pdf.paragraph(List.of(regular(issuer + " thông báo không giải quyết hồ sơ sau đây:")), BODY);
            pdf.moveDown(6);
            int n = 0;
            item(pdf, (++n) + ". " + APPLICANT_NAME.label() + ": ", applicant, false);
            if (!address.isEmpty()) {
                item(pdf, (++n) + ". " + APPLICANT_ADDRESS.label() + ": ", address, false);
            }
            item(pdf, (++n) + ". " + PROCEDURE_NAME.label() + ": ", procedure, false);
            item(pdf, (++n) + ". Mã hồ sơ: ", data.dossierCode(), false);
            item(pdf, (++n) + ". " + reason.label() + ": ", why, true);
            pdf.moveDown(4);
            pdf.paragraph(List.of(regular(version.closing())), BODY);
            recipients(pdf, applicant);
            signer(pdf, data);
            return pdf.finish(data.dossierCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the refusal notice of " + data.dossierCode(), e);
        }
    }

    /** "Nơi nhận" on the left, level with the signer's block that follows on the right. */
    private void recipients(SlipPdf pdf, String applicant) throws IOException {
        pdf.moveDown(16);
        pdf.ensure(120);
        float top = pdf.y();
        List<Span> lines = new ArrayList<>();
        lines.add(regular("- Ông/Bà " + applicant + ";\n"));
        lines.add(regular("- Lưu: VT."));
        float h = pdf.block(List.of(bold("Nơi nhận:")), RECIPIENTS, pdf.left, top, pdf.width() / 2, Align.LEFT);
        pdf.block(lines, RECIPIENT_LINES, pdf.left, top - h, pdf.width() / 2, Align.LEFT);
        // the signer's block moves down 16 itself: start it level with "Nơi nhận"
        pdf.moveTo(top + 16);
    }
}
