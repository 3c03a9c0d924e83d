package vn.motcua.document;

import static vn.motcua.document.SlipPdf.bold;
import static vn.motcua.document.SlipPdf.italic;
import static vn.motcua.document.SlipPdf.regular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.motcua.document.SlipPdf.Align;
import vn.motcua.document.SlipPdf.Column;
import vn.motcua.document.SlipPdf.Span;

/**
 * Renders the one-stop-shop slips of Circular 01/2018/TT-VPCP (forms 01 to 06) as PDF with embedded
 * Unicode fonts. Pure: it reads only its arguments, the public URL and the province's zone, so the register
 * decides when to print and where to store the bytes ({@link SlipForm#fileName(String)}).
 *
 * <p>Every slip but the log book carries the dossier code and a QR code to
 * {@code {motcua.public-url}/tra-cuu?ma={code}}; times read "HH giờ mm phút, ngày dd/MM/yyyy" in the
 * province's zone. Invalid input fails with an {@link IllegalArgumentException} naming the field.
 */
@Service
public class SlipRenderer {

    private static final float BODY = 11f;
    private static final float SMALL = 9f;
    private static final float TABLE = 9f;
    private static final float QR_SIZE = 74f;

    private final String publicUrl;
    private final ZoneId zone;
    private final SlipFonts fonts = new SlipFonts();

    /**
     * @param publicUrl the public address of the one-stop shop, e.g. {@code https://motcua.binhphuoc.gov.vn}
     * @param zone the province's zone, in which every time on the slips is printed
     */
    public SlipRenderer(@Value("${motcua.public-url:http://localhost:8080}") URI publicUrl, ZoneId zone) {
        String url = Require.present(publicUrl, "publicUrl").toString();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.zone = Require.present(zone, "zone");
    }

    /** The address the QR code of a slip encodes: {@code {public-url}/tra-cuu?ma={code}}. */
    public String trackingUrl(String dossierCode) {
        return publicUrl + "/tra-cuu?ma=" + URLEncoder.encode(Require.text(dossierCode, "dossierCode"),
                StandardCharsets.UTF_8);
    }

    // ================================================================ 01

    /** Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt given when a complete dossier is received. */
    public byte[] receipt(SlipDossier dossier) {
        Require.present(dossier, "dossier");
        return render(SlipForm.RECEIPT, dossier, dossier.receivedAt(), pdf -> {
            pdf.paragraph(List.of(regular(dossier.agencyName() + " đã tiếp nhận hồ sơ của:")), BODY);
            applicant(pdf, dossier);
            request(pdf, dossier);
            pdf.moveDown(4);
            pdf.paragraph(List.of(bold("1. Thành phần hồ sơ nộp gồm:")), BODY);
            List<SlipComponent> handedIn = dossier.components().stream().filter(SlipComponent::handedIn).toList();
            componentsTable(pdf, handedIn);
            pdf.moveDown(4);
            int n = 2;
            if (dossier.processingTime() != null) {
                field(pdf, n++ + ". Thời gian giải quyết hồ sơ theo quy định: ", dossier.processingTime());
            }
            field(pdf, n++ + ". Thời gian nhận hồ sơ: ", time(dossier.receivedAt()));
            field(pdf, n++ + ". Thời gian trả kết quả giải quyết hồ sơ: ", dossier.dueAt() == null
                    ? "trả ngay khi giải quyết xong, trong ngày nhận hồ sơ" : time(dossier.dueAt()));
            if (dossier.fee() != null) {
                field(pdf, n++ + ". Phí, lệ phí: ", SlipText.money(dossier.fee()));
            }
            if (dossier.resultPlace() != null) {
                field(pdf, n++ + ". Nhận kết quả tại: ", dossier.resultPlace());
            }
            if (dossier.receivedByAndUnit() != null) {
                field(pdf, n++ + ". Người tiếp nhận: ", dossier.receivedByAndUnit());
            }
            trackingLine(pdf, dossier);
            signatures(pdf, new Signer("NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)", dossier.applicantName()),
                    new Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", dossier.receivedBy()));
        });
    }

    // ================================================================ 02

    /**
     * Form 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: lists the components not handed in (or to correct,
     * {@link SlipComponent#handedIn()} false, with their notes) and the reason.
     */
    public byte[] supplementRequest(SlipDossier dossier, SlipNotice notice) {
        Require.present(dossier, "dossier");
        Require.present(notice, "notice");
        List<SlipComponent> missing = dossier.components().stream().filter(c -> !c.handedIn()).toList();
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("components: a supplement request needs at least one component "
                    + "not handed in");
        }
        return render(SlipForm.SUPPLEMENT_REQUEST, dossier, notice.issuedAt(), pdf -> {
            pdf.paragraph(List.of(regular(dossier.agencyName() + " tiếp nhận hồ sơ của:")), BODY);
            applicant(pdf, dossier);
            request(pdf, dossier);
            field(pdf, "Thời gian nhận hồ sơ: ", time(dossier.receivedAt()));
            pdf.moveDown(4);
            pdf.paragraph(List.of(regular("Sau khi xem xét, đối chiếu thành phần hồ sơ, đề nghị Ông/Bà bổ sung, "
                    + "hoàn thiện hồ sơ gồm những nội dung sau:")), BODY);
            pdf.moveDown(2);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                SlipComponent c = missing.get(i);
                rows.add(List.of(String.valueOf(i + 1), c.name(), c.mandatory() ? "Bắt buộc" : "Nếu có",
                        form(c), c.note() == null ? "Nộp bổ sung" : c.note()));
            }
            float w = pdf.width();
            pdf.table(List.of(new Column("STT", 28, Align.CENTER), new Column("Giấy tờ", w - 28 - 58 - 80 - 150,
                    Align.LEFT), new Column("Yêu cầu", 58, Align.CENTER), new Column("Hình thức, số lượng", 80,
                    Align.CENTER), new Column("Nội dung cần bổ sung, hoàn thiện", 150, Align.LEFT)), rows, TABLE);
            pdf.moveDown(6);
            field(pdf, "Lý do: ", notice.reason());
            if (notice.legalBasis() != null) {
                field(pdf, "Căn cứ: ", notice.legalBasis());
            }
            field(pdf, "Thời gian lập phiếu: ", time(notice.issuedAt()));
            pdf.paragraph(List.of(italic("Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ "
                    + (notice.issuedBy() == null ? "" : "cán bộ " + notice.issuedBy() + ", ") + dossier.agencyName()
                    + " để được hướng dẫn.")), BODY);
            trackingLine(pdf, dossier);
            signatures(pdf, null, new Signer("NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", notice.issuedBy()));
        });
    }

    // ================================================================ 03

    /** Form 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ: the refusal, with its reason. */
    public byte[] refusal(SlipDossier dossier, SlipNotice notice) {
        Require.present(dossier, "dossier");
        Require.present(notice, "notice");
        return render(SlipForm.REFUSAL, dossier, notice.issuedAt(), pdf -> {
            pdf.paragraph(List.of(regular(dossier.agencyName() + " tiếp nhận hồ sơ của:")), BODY);
            applicant(pdf, dossier);
            request(pdf, dossier);
            field(pdf, "Thời gian nhận hồ sơ: ", time(dossier.receivedAt()));
            pdf.moveDown(4);
            pdf.paragraph(List.of(regular("Qua xem xét, " + dossier.agencyName() + " thông báo không tiếp nhận, "
                    + "giải quyết hồ sơ này với lý do cụ thể như sau:")), BODY);
            pdf.paragraph(List.of(bold(notice.reason())), BODY, pdf.left + 14, pdf.width() - 14, Align.LEFT);
            if (notice.legalBasis() != null) {
                field(pdf, "Căn cứ: ", notice.legalBasis());
            }
            field(pdf, "Thời gian lập phiếu: ", time(notice.issuedAt()));
            pdf.paragraph(List.of(regular("Xin thông báo để Ông/Bà được biết và thực hiện.")), BODY);
            trackingLine(pdf, dossier);
            signatures(pdf, null, new Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", notice.issuedBy()));
        });
    }

    // ================================================================ 04

    /**
     * Form 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả: the old appointment ({@link SlipDossier#dueAt()},
     * required here), the reason for the delay and the new appointment.
     */
    public byte[] apology(SlipDossier dossier, SlipNotice notice, Instant newDueAt) {
        Require.present(dossier, "dossier");
        Require.present(notice, "notice");
        Require.present(dossier.dueAt(), "dueAt");
        Require.present(newDueAt, "newDueAt");
        if (!newDueAt.isAfter(dossier.dueAt())) {
            throw new IllegalArgumentException("newDueAt must be after dueAt");
        }
        return render(SlipForm.APOLOGY, dossier, notice.issuedAt(), pdf -> {
            pdf.paragraph(List.of(regular("Kính gửi: Ông/Bà "), bold(dossier.applicantName())), BODY + 1, pdf.left,
                    pdf.width(), Align.CENTER);
            pdf.moveDown(6);
            pdf.paragraph(List.of(regular("Vào lúc " + time(dossier.receivedAt()) + ", " + dossier.agencyName()
                    + " đã tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục: "), bold(procedure(dossier)),
                    regular(".")), BODY);
            field(pdf, "Thời gian hẹn trả kết quả: ", time(dossier.dueAt()));
            pdf.paragraph(List.of(regular("Tuy nhiên, đến nay chưa thể trả kết quả giải quyết hồ sơ cho Ông/Bà "
                    + "đúng thời hạn như đã hẹn.")), BODY);
            field(pdf, "Lý do: ", notice.reason());
            pdf.moveDown(2);
            pdf.paragraph(List.of(regular("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. " + dossier.agencyName()
                    + " xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả:")), BODY);
            pdf.paragraph(List.of(bold(time(newDueAt))), BODY + 1, pdf.left, pdf.width(), Align.CENTER);
            pdf.moveDown(2);
            pdf.paragraph(List.of(regular("Rất mong nhận được sự thông cảm của Ông/Bà.")), BODY);
            trackingLine(pdf, dossier);
            signatures(pdf, null, new Signer("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)",
                    notice.issuedBy()));
        });
    }

    // ================================================================ 05

    /**
     * Form 05, Phiếu kiểm soát quá trình giải quyết hồ sơ: the control slip that travels with the dossier,
     * one row per hand-over; continues on new pages with the table header repeated.
     */
    public byte[] controlSlip(SlipDossier dossier, List<ControlSlipRow> handOvers) {
        Require.present(dossier, "dossier");
        List<ControlSlipRow> rows = Require.list(handOvers, "handOvers");
        return render(SlipForm.CONTROL_SLIP, dossier, dossier.receivedAt(), pdf -> {
            field(pdf, "Kèm theo hồ sơ của: Ông/Bà ", dossier.applicantName());
            request(pdf, dossier);
            field(pdf, "Thời gian nhận hồ sơ: ", time(dossier.receivedAt()));
            field(pdf, "Thời gian trả kết quả: ", dossier.dueAt() == null ? "trong ngày" : time(dossier.dueAt()));
            if (dossier.receivedByAndUnit() != null) {
                field(pdf, "Người tiếp nhận: ", dossier.receivedByAndUnit());
            }
            pdf.moveDown(6);
            float w = pdf.width();
            float text = (w - 24 - 92 - 92 - 62 - 60) / 2;
            List<Column> columns = List.of(new Column("STT", 24, Align.CENTER),
                    new Column("Bên giao", text, Align.LEFT), new Column("Bên nhận", text, Align.LEFT),
                    new Column("Thời gian giao, nhận hồ sơ", 92, Align.CENTER),
                    new Column("Hạn xử lý của bước", 92, Align.CENTER),
                    new Column("Kết quả (trước hạn, đúng hạn, quá hạn)", 62, Align.CENTER),
                    new Column("Ghi chú", 60, Align.LEFT));
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ControlSlipRow r = rows.get(i);
                cells.add(List.of(String.valueOf(i + 1), party(r.fromStep(), r.sender()), party(r.toStep(), r.receiver()),
                        time(r.handedAt()), r.stepDueAt() == null ? "" : time(r.stepDueAt()),
                        r.result() == null ? "" : r.result().label(), r.note() == null ? "" : r.note()));
            }
            pdf.onContinuationPage(() -> {
                pdf.paragraph(List.of(bold(SlipForm.CONTROL_SLIP.title() + " (tiếp theo)")), SMALL);
                pdf.moveDown(4);
            });
            pdf.table(columns, cells, 8.5f);
            pdf.moveDown(6);
            pdf.paragraph(List.of(italic("Người giao và người nhận ký xác nhận trên bản giấy khi giao, nhận hồ sơ; "
                    + "bản điện tử ghi nhận theo tài khoản của người xử lý.")), SMALL - 0.5f);
            trackingLine(pdf, dossier);
        });
    }

    // ================================================================ 06

    /**
     * Form 06, Sổ theo dõi hồ sơ: the log book of a desk for a date range, A4 landscape, the dossier code on
     * each row, the table header repeated on every page.
     */
    public byte[] logBook(LogBook book) {
        Require.present(book, "book");
        try (SlipPdf pdf = new SlipPdf(fonts, true, SlipForm.LOG_BOOK.title())) {
            float w = pdf.width();
            float colW = w * 0.32f;
            float topY = pdf.y();
            pdf.block(List.of(bold("Mẫu số " + SlipForm.LOG_BOOK.number())), SMALL, pdf.left, topY, w, Align.RIGHT);
            List<Span> agency = new ArrayList<>();
            if (book.parentAgencyName() != null) {
                agency.add(regular(upper(book.parentAgencyName()) + "\n"));
            }
            agency.add(bold(upper(book.agencyName())));
            float h = pdf.block(agency, 10, pdf.left, topY, colW, Align.CENTER);
            pdf.moveTo(topY - h - 10);
            pdf.paragraph(List.of(bold(SlipForm.LOG_BOOK.title())), 15, pdf.left, w, Align.CENTER);
            pdf.paragraph(List.of(regular("Bộ phận, quầy: "), bold(book.deskName()), regular("   Từ ngày "),
                    bold(SlipText.date(book.from())), regular(" đến ngày "), bold(SlipText.date(book.to()))), 10.5f,
                    pdf.left, w, Align.CENTER);
            pdf.moveDown(8);
            pdf.onContinuationPage(() -> {
                pdf.paragraph(List.of(bold(SlipForm.LOG_BOOK.title() + " (tiếp theo)"), regular(" - " + book.deskName()
                        + " - từ ngày " + SlipText.date(book.from()) + " đến ngày " + SlipText.date(book.to()))), SMALL);
                pdf.moveDown(4);
            });
            // 7 pt: a dossier code stays on one line, a time takes two ("09 giờ 10 phút," / "ngày 12/02/2019")
            float size = 7f;
            float code = Math.max(60, book.rows().stream()
                    .map(r -> pdf.textWidth(pdf.clean(r.dossierCode(), SlipPdf.Style.REGULAR), SlipPdf.Style.REGULAR, size))
                    .max(Float::compare).orElse(0f) + 8);
            float date = pdf.textWidth("ngày 00/00/0000", SlipPdf.Style.REGULAR, size) + 8;
            float fixed = 24 + code + 5 * date + 36 + 46;
            float rest = w - fixed;
            if (rest < 160) {
                throw new IllegalArgumentException("rows: dossier codes too long for the log book");
            }
            List<Column> columns = List.of(new Column("STT", 24, Align.CENTER),
                    new Column("Mã hồ sơ", code, Align.LEFT),
                    new Column("Tên thủ tục hành chính", rest * 0.30f, Align.LEFT),
                    new Column("Tên cá nhân, tổ chức", rest * 0.22f, Align.LEFT),
                    new Column("Địa chỉ, số điện thoại", rest * 0.26f, Align.LEFT),
                    new Column("Cơ quan chủ trì giải quyết", rest * 0.22f, Align.LEFT),
                    new Column("Nhận hồ sơ", date, Align.CENTER),
                    new Column("Hẹn trả kết quả", date, Align.CENTER),
                    new Column("Chuyển hồ sơ đến cơ quan giải quyết", date, Align.CENTER),
                    new Column("Có kết quả / yêu cầu bổ sung", date, Align.CENTER),
                    new Column("Trả kết quả", date, Align.CENTER),
                    new Column("Ký nhận", 36, Align.CENTER),
                    new Column("Ghi chú", 46, Align.LEFT));
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < book.rows().size(); i++) {
                LogBookRow r = book.rows().get(i);
                String contact = join(r.address(), r.phone() == null ? null : "ĐT: " + r.phone());
                cells.add(List.of(String.valueOf(i + 1), r.dossierCode(), r.procedureName(), r.applicantName(),
                        contact, orEmpty(r.leadAgency()), time(r.receivedAt()), optionalTime(r.dueAt()),
                        optionalTime(r.transferredAt()), optionalTime(r.resultAt()), optionalTime(r.returnedAt()), "",
                        orEmpty(r.note())));
            }
            pdf.table(columns, cells, size);
            pdf.moveDown(4);
            if (book.rows().isEmpty()) {
                pdf.paragraph(List.of(italic("Không có hồ sơ trong khoảng thời gian này.")), SMALL);
            }
            return pdf.finish(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the log book", e);
        }
    }

    // ================================================================ shared parts

    @FunctionalInterface
    private interface Body {
        void draw(SlipPdf pdf) throws IOException;
    }

    private record Signer(String role, String hint, String name) {
    }

    private byte[] render(SlipForm form, SlipDossier dossier, Instant dated, Body body) {
        try (SlipPdf pdf = new SlipPdf(fonts, false, form.title() + " - " + dossier.dossierCode())) {
            header(pdf, form, dossier, dated);
            title(pdf, form, dossier.dossierCode());
            body.draw(pdf);
            return pdf.finish(dossier.dossierCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render form " + form.number() + " for " + dossier.dossierCode(), e);
        }
    }

    /** Agency on the left, national motto on the right, the form number above, the place and date below. */
    private void header(SlipPdf pdf, SlipForm form, SlipDossier dossier, Instant dated) throws IOException {
        float w = pdf.width();
        float leftW = w * 0.42f;
        float rightX = pdf.left + leftW + 6;
        float rightW = w - leftW - 6;
        float yTop = pdf.y();
        pdf.block(List.of(bold("Mẫu số " + form.number())), SMALL, pdf.left, yTop, w, Align.RIGHT);
        yTop -= SMALL * SlipPdf.LEADING + 4;

        List<Span> agency = new ArrayList<>();
        if (dossier.parentAgencyName() != null) {
            agency.add(regular(upper(dossier.parentAgencyName()) + "\n"));
        }
        agency.add(bold(upper(dossier.agencyName())));
        float leftH = pdf.block(agency, 10, pdf.left, yTop, leftW, Align.CENTER);
        float rule = leftW * 0.3f;
        pdf.hline(pdf.left + (leftW - rule) / 2, pdf.left + (leftW + rule) / 2, yTop - leftH - 3, 0.6f);
        leftH += 6;
        if (dossier.agencyIdentifier() != null) {
            leftH += pdf.block(List.of(regular("Mã định danh: " + dossier.agencyIdentifier())), 8, pdf.left,
                    yTop - leftH, leftW, Align.CENTER);
        }

        float rightH = pdf.block(List.of(bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), 10, rightX, yTop, rightW,
                Align.CENTER);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        rightH += pdf.block(List.of(bold(motto)), 10.5f, rightX, yTop - rightH, rightW, Align.CENTER);
        float mottoW = pdf.textWidth(motto, SlipPdf.Style.BOLD, 10.5f);
        pdf.hline(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, yTop - rightH - 1, 0.6f);
        rightH += 8;
        LocalDate day = dated.atZone(zone).toLocalDate();
        rightH += pdf.block(List.of(italic(SlipText.placeDate(dossier.place(), day))), 10, rightX, yTop - rightH,
                rightW, Align.CENTER);
        pdf.moveTo(yTop - Math.max(leftH, rightH) - 14);
    }

    /** The title and the dossier code in the middle, the QR code to the tracking page on the right. */
    private void title(SlipPdf pdf, SlipForm form, String code) throws IOException {
        float yTop = pdf.y();
        float side = QR_SIZE + 10;
        float boxX = pdf.left + side;
        float boxW = pdf.width() - 2 * side;
        List<Span> title = List.of(bold(form.title()));
        float titleW = pdf.balancedWidth(title, 13, boxW);
        float h = pdf.block(title, 13, boxX + (boxW - titleW) / 2, yTop, titleW, Align.CENTER);
        h += 3;
        h += pdf.block(List.of(regular("Mã hồ sơ: "), bold(code)), 11, boxX, yTop - h, boxW, Align.CENTER);
        float qrX = pdf.right - QR_SIZE;
        pdf.qr(qrMatrix(trackingUrl(code)), qrX, yTop, QR_SIZE);
        float qrH = QR_SIZE + 2;
        qrH += pdf.block(List.of(italic("Quét mã để tra cứu")), 6.5f, qrX - 10, yTop - qrH, QR_SIZE + 20,
                Align.CENTER);
        pdf.moveTo(yTop - Math.max(h, qrH) - 10);
    }

    private void applicant(SlipPdf pdf, SlipDossier d) throws IOException {
        field(pdf, "Ông/Bà: ", d.applicantName());
        if (d.idNumber() != null) {
            field(pdf, "Số định danh cá nhân/CCCD: ", d.idNumber());
        }
        if (d.address() != null) {
            field(pdf, "Địa chỉ: ", d.address());
        }
        if (d.phone() != null || d.email() != null) {
            List<Span> contact = new ArrayList<>();
            if (d.phone() != null) {
                contact.add(regular("Số điện thoại: "));
                contact.add(bold(d.phone()));
            }
            if (d.email() != null) {
                contact.add(regular((d.phone() != null ? "; " : "") + "Thư điện tử: "));
                contact.add(bold(d.email()));
            }
            indented(pdf, contact);
        }
    }

    private void request(SlipPdf pdf, SlipDossier d) throws IOException {
        field(pdf, "Nội dung yêu cầu giải quyết: ", procedure(d));
        if (d.caseName() != null) {
            field(pdf, "Trường hợp: ", d.caseName());
        }
        if (d.channel() != null) {
            field(pdf, "Hình thức nộp hồ sơ: ", d.channel().label());
        }
    }

    private static String procedure(SlipDossier d) {
        return d.procedureCode() == null ? d.procedureName() : d.procedureName() + " (mã " + d.procedureCode() + ")";
    }

    private void componentsTable(SlipPdf pdf, List<SlipComponent> components) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            SlipComponent c = components.get(i);
            rows.add(List.of(String.valueOf(i + 1), c.name(), form(c)));
        }
        float w = pdf.width();
        pdf.table(List.of(new Column("STT", 28, Align.CENTER), new Column("Tên giấy tờ", w - 28 - 130, Align.LEFT),
                new Column("Hình thức, số lượng", 130, Align.CENTER)), rows, TABLE);
    }

    private static String form(SlipComponent c) {
        List<String> parts = new ArrayList<>();
        if (c.originals() > 0) {
            parts.add(SlipText.count(c.originals()) + " bản chính");
        }
        if (c.copies() > 0) {
            parts.add(SlipText.count(c.copies()) + " bản sao");
        }
        return parts.isEmpty() ? "" : String.join(", ", parts);
    }

    /** "Label: value" with the value in bold, continuation lines indented. */
    private void field(SlipPdf pdf, String label, String value) throws IOException {
        indented(pdf, List.of(regular(label), bold(value)));
    }

    private void indented(SlipPdf pdf, List<Span> spans) throws IOException {
        pdf.paragraph(spans, BODY, pdf.left, pdf.width(), Align.LEFT);
    }

    private void trackingLine(SlipPdf pdf, SlipDossier d) throws IOException {
        pdf.moveDown(6);
        pdf.paragraph(List.of(italic("Tra cứu tình trạng hồ sơ tại: " + trackingUrl(d.dossierCode()))), SMALL);
    }

    /** Signature blocks at the end: one on the right, or two side by side. */
    private void signatures(SlipPdf pdf, Signer leftSigner, Signer rightSigner) throws IOException {
        float half = pdf.width() / 2;
        pdf.moveDown(14);
        pdf.ensure(110);
        float yTop = pdf.y();
        float h = 0;
        if (leftSigner != null) {
            h = Math.max(h, signer(pdf, leftSigner, pdf.left, yTop, half));
        }
        h = Math.max(h, signer(pdf, rightSigner, pdf.left + half, yTop, half));
        pdf.moveTo(yTop - h);
    }

    private float signer(SlipPdf pdf, Signer s, float x, float yTop, float w) throws IOException {
        float h = pdf.block(List.of(bold(s.role())), 10.5f, x, yTop, w, Align.CENTER);
        h += pdf.block(List.of(italic(s.hint())), 9, x, yTop - h, w, Align.CENTER);
        h += 56;
        if (s.name() != null) {
            h += pdf.block(List.of(bold(s.name())), 11, x, yTop - h, w, Align.CENTER);
        }
        return h;
    }

    private static String party(String step, String person) {
        return person == null ? step : step + "\n" + person;
    }

    private String time(Instant instant) {
        return SlipText.dateTime(instant, zone);
    }

    private String optionalTime(Instant instant) {
        return instant == null ? "" : time(instant);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return orEmpty(b);
        }
        return b == null ? a : a + "; " + b;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static BitMatrix qrMatrix(String content) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, 0);
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the QR code for " + content, e);
        }
    }
}
