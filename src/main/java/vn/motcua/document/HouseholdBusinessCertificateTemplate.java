package vn.motcua.document;

import static vn.motcua.document.SlipPdf.bold;
import static vn.motcua.document.SlipPdf.italic;
import static vn.motcua.document.SlipPdf.regular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.motcua.document.SlipPdf.Align;

/**
 * Giấy chứng nhận đăng ký hộ kinh doanh (procedure 1.001612), after the form of Circular 02/2023/TT-BKHĐT:
 * the issuing authority and the national motto, the title, the household business code and date of first
 * registration, then name (in capitals), seat, business lines, capital and the owner, and the signer's block.
 * Drawn with the slips' layout and DejaVu fonts, so every Vietnamese letter is embedded.
 */
@Component
public class HouseholdBusinessCertificateTemplate extends OfficialResultTemplate {

    static final String PROCEDURE_CODE = "1.001612";

    static final ResultField REGISTRATION_NUMBER = new ResultField("registrationNumber", "Mã số hộ kinh doanh");
    static final ResultField BUSINESS_NAME = new ResultField("businessName", "Tên hộ kinh doanh");
    static final ResultField BUSINESS_ADDRESS = new ResultField("businessAddress", "Địa chỉ trụ sở hộ kinh doanh");
    static final ResultField BUSINESS_LINE = new ResultField("businessLine", "Ngành, nghề kinh doanh");
    static final ResultField CAPITAL = new ResultField("capital", "Vốn kinh doanh");
    static final ResultField OWNER_NAME = new ResultField("applicantName", "Họ và tên chủ hộ kinh doanh");
    static final ResultField OWNER_ID_NUMBER = new ResultField("applicantIdNumber", "Số định danh cá nhân");
    /**
     * The owner's residence (start form "Nơi cư trú"): the certificate states where the owner lives; optional because
     * the API does not require an applicant's address (printed when the dossier has one). Label not verified against
     * the Circular 02/2023/TT-BKHĐT form.
     */
    static final ResultField OWNER_ADDRESS = new ResultField("applicantAddress", "Nơi cư trú", true);

    @Override
    String defaultSignerTitle() {
        return "CƠ QUAN ĐĂNG KÝ KINH DOANH";
    }

    @Override
    public String procedureCode() {
        return PROCEDURE_CODE;
    }

    @Override
    public String title() {
        return "Giấy chứng nhận đăng ký hộ kinh doanh";
    }

    @Override
    public List<ResultField> fields() {
        return List.of(REGISTRATION_NUMBER, BUSINESS_NAME, BUSINESS_ADDRESS, BUSINESS_LINE, CAPITAL, OWNER_NAME,
                OWNER_ID_NUMBER, OWNER_ADDRESS);
    }

    @Override
    public String fileName(ResultData data) {
        return "giay-chung-nhan-dkhkd-" + ascii(data.dossierCode()) + ".pdf";
    }

    @Override
    public byte[] render(ResultData data) {
        Require.present(data, "data");
        String number = data.text(REGISTRATION_NUMBER.name());
        String name = data.text(BUSINESS_NAME.name());
        String address = data.text(BUSINESS_ADDRESS.name());
        String line = data.text(BUSINESS_LINE.name());
        BigDecimal capital = amount(data, CAPITAL.name());
        String owner = data.text(OWNER_NAME.name());
        String ownerId = data.text(OWNER_ID_NUMBER.name());
        String ownerAddress = data.optionalText(OWNER_ADDRESS.name());
        try (SlipPdf pdf = page(title() + " - " + number)) {
            header(pdf, data);
            pdf.moveDown(18);
            centered(pdf, List.of(bold("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH")), TITLE);
            pdf.moveDown(4);
            centered(pdf, List.of(regular("Mã số hộ kinh doanh: "), bold(number)), BODY);
            centered(pdf, List.of(italic("Đăng ký lần đầu: " + SlipText.placeDate(null, data.issuedOn())
                    .toLowerCase(new Locale("vi")))), BODY);
            pdf.moveDown(16);
            item(pdf, "1. Tên hộ kinh doanh (ghi bằng chữ in hoa): ", name.toUpperCase(new Locale("vi")), true);
            item(pdf, "2. Địa chỉ trụ sở hộ kinh doanh: ", address, false);
            item(pdf, "3. Ngành, nghề kinh doanh: ", line, false);
            item(pdf, "4. Vốn kinh doanh: ", SlipText.money(capital).replace("Không thu", "0 đồng"), false);
            pdf.paragraph(List.of(bold("5. Chủ hộ kinh doanh")), BODY);
            pdf.moveDown(2);
            indented(pdf, List.of(regular("Họ và tên: "), bold(owner.toUpperCase(new Locale("vi")))));
            indented(pdf, List.of(regular("Số định danh cá nhân: "), regular(ownerId)));
            if (!ownerAddress.isEmpty()) {
                indented(pdf, List.of(regular(OWNER_ADDRESS.label() + ": "), regular(ownerAddress)));
            }
            signer(pdf, data);
            return pdf.finish(data.dossierCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the household business certificate " + number, e);
        }
    }

    private static BigDecimal amount(ResultData data, String field) {
        Object value = data.fields().get(field);
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        try {
            BigDecimal amount = value instanceof BigDecimal b ? b
                    : value instanceof Number n ? new BigDecimal(n.toString())
                    : new BigDecimal(value.toString().strip().replace(".", "").replace(",", "."));
            if (amount.signum() < 0) {
                throw new IllegalArgumentException(field + " must not be negative");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not an amount: " + value, e);
        }
    }

}
