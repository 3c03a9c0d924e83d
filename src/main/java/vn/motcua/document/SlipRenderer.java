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
import java.util.HashMap;
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
 * Renders the one-stop-shop slips as PDF with embedded Unicode fonts, in the slip set the caller names
 * ({@code TT01-2018}: Circular 01/2018/TT-VPCP, forms 01 to 06; {@code TT03-2025}: Circular 03/2025/TT-VPCP, forms
 * 01 to 07): the numbers, titles and fixed wording come from the set's data file ({@link SlipSets}), the layout
 * from here. Pure: it reads only its arguments, the public URL, the province's zone and the sets, so the register
 * decides when to print and where to store the bytes ({@link SlipKind#fileName(String, String)}).
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
    private final SlipSets sets = SlipSets.fromClasspath();

    /**
     * @param publicUrl the public address of the one-stop shop, e.g. {@code https://motcua.binhphuoc.gov.vn}
     * @param zone the province's zone, in which every time on the slips is printed
     */
    public SlipRenderer(@Value("${motcua.public-url:http://localhost:8080}") URI publicUrl, ZoneId zone) {
        String url = Require.present(publicUrl, "publicUrl").toString();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.zone = Require.present(zone, "zone");
    }

    /** The slip sets the renderer prints from. */
    public SlipSets sets() {
        return sets;
    }

    /** The address the QR code of a slip encodes: {@code {public-url}/tra-cuu?ma={code}}. */
    public String trackingUrl(String dossierCode) {
        return publicUrl + "/tra-cuu?ma=" + URLEncoder.encode(Require.text(dossierCode, "dossierCode"),
                StandardCharsets.UTF_8);
    }

    // ================================================================ receipt (01 in both sets)

    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt given when a complete dossier is received. */
    public byte[] receipt(String slipSet, SlipDossier dossier) {
        Require.present(dossier, "dossier");
        Words t = words(slipSet, SlipKind.RECEIPT);
        return render(t, dossier, dossier.receivedAt(), pdf -> {
            pdf.paragraph(List.of(regular(t.t("intro", "agency", dossier.agencyName()))), BODY);
            applicant(pdf, t, dossier);
            request(pdf, t, dossier);
            pdf.moveDown(4);
            pdf.paragraph(List.of(bold(t.t("components"))), BODY);
            List<SlipComponent> handedIn = dossier.components().stream().filter(SlipComponent::handedIn).toList();
            componentsTable(pdf, t, handedIn);
            pdf.moveDown(4);
            int n = 2;
            if (dossier.processingTime() != null) {
                field(pdf, n++ + ". " + t.t("processingTime"), dossier.processingTime());
            }
            field(pdf, n++ + ". " + t.t("receivedAt"), time(dossier.receivedAt()));
            field(pdf, n++ + ". " + t.t("dueAt"), dossier.dueAt() == null ? t.t("sameDay") : time(dossier.dueAt()));
            if (dossier.fee() != null) {
                field(pdf, n++ + ". " + t.t("fee"), SlipText.money(dossier.fee()));
            }
            if (dossier.resultPlace() != null) {
                field(pdf, n++ + ". " + t.t("resultPlace"), dossier.resultPlace());
            }
            if (dossier.receivedByAndUnit() != null) {
                field(pdf, n++ + ". " + t.t("receivedBy"), dossier.receivedByAndUnit());
            }
            trackingLine(pdf, t, dossier);
            signatures(pdf, new Signer(t.t("signLeft"), t.t("signHint"), dossier.applicantName()),
                    new Signer(t.t("signRight"), t.t("signHint"), dossier.receivedBy()));
        });
    }

    // ================================================================ supplement request (02 in both sets)

    /**
     * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: lists the components not handed in (or to correct,
     * {@link SlipComponent#handedIn()} false, with their notes) and the reason.
     */
    public byte[] supplementRequest(String slipSet, SlipDossier dossier, SlipNotice notice) {
        Require.present(dossier, "dossier");
        Require.present(notice, "notice");
        List<SlipComponent> missing = dossier.components().stream().filter(c -> !c.handedIn()).toList();
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("components: a supplement request needs at least one component "
                    + "not handed in");
        }
        Words t = words(slipSet, SlipKind.SUPPLEMENT);
        return render(t, dossier, notice.issuedAt(), pdf -> {
            pdf.paragraph(List.of(regular(t.t("intro", "agency", dossier.agencyName()))), BODY);
            applicant(pdf, t, dossier);
            request(pdf, t, dossier);
            field(pdf, t.t("receivedAt"), time(dossier.receivedAt()));
            pdf.moveDown(4);
            pdf.paragraph(List.of(regular(t.t("request"))), BODY);
            pdf.moveDown(2);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                SlipComponent c = missing.get(i);
                rows.add(List.of(String.valueOf(i + 1), c.name(), c.mandatory() ? t.t("mandatory") : t.t("optional"),
                        form(c), c.note() == null ? t.t("defaultNote") : c.note()));
            }
            float w = pdf.width();
            pdf.table(List.of(new Column(t.t("col.no"), 28, Align.CENTER), new Column(t.t("col.name"),
                    w - 28 - 58 - 80 - 150, Align.LEFT), new Column(t.t("col.required"), 58, Align.CENTER),
                    new Column(t.t("col.form"), 80, Align.CENTER), new Column(t.t("col.note"), 150, Align.LEFT)),
                    rows, TABLE);
            pdf.moveDown(6);
            field(pdf, t.t("reason"), notice.reason());
            if (notice.legalBasis() != null) {
                field(pdf, t.t("legalBasis"), notice.legalBasis());
            }
            field(pdf, t.t("issuedAt"), time(notice.issuedAt()));
            pdf.paragraph(List.of(italic(t.t("contact", "officer", notice.issuedBy(), "agency", dossier.agencyName()))),
                    BODY);
            trackingLine(pdf, t, dossier);
            signatures(pdf, null, issuer(t, notice));
        });
    }

    // ================================================================ refusal (03 in both sets)

    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ: the refusal, with its reason. */
    public byte[] refusal(String slipSet, SlipDossier dossier, SlipNotice notice) {
        Require.present(dossier, "dossier");
        Require.present(notice, "notice");
        Words t = words(slipSet, SlipKind.REFUSAL);
        return render(t, dossier, notice.issuedAt(), pdf -> {
            pdf.paragraph(List.of(regular(t.t("intro", "agency", dossier.agencyName()))), BODY);
            applicant(pdf, t, dossier);
            request(pdf, t, dossier);
            field(pdf, t.t("receivedAt"), time(dossier.receivedAt()));
            pdf.moveDown(4);
            pdf.paragraph(List.of(regular(t.t("decision", "agency", dossier.agencyName()))), BODY);
            pdf.paragraph(List.of(bold(notice.reason())), BODY, pdf.left + 14, pdf.width() - 14, Align.LEFT);
            if (notice.legalBasis() != null) {
                field(pdf, t.t("legalBasis"), notice.legalBasis());
            }
            field(pdf, t.t("issuedAt"), time(notice.issuedAt()));
            pdf.paragraph(List.of(regular(t.t("closing"))), BODY);
            trackingLine(pdf, t, dossier);
            signatures(pdf, null, issuer(t, notice));
        });
    }

    // ================================================================ apology (04 in both sets)

    /**
     * Phiếu xin lỗi và hẹn lại ngày trả kết quả (2018), Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết
     * (2025): the old appointment ({@link SlipDossier#dueAt()}, required here), the reason for the delay and the
     * new appointment.
     */
    public byte[] apology(String slipSet, SlipDossier dossier, SlipNotice notice, Instant newDueAt) {
        Require.present(dossier, "dossier");
        Require.present(notice, "notice");
        Require.present(dossier.dueAt(), "dueAt");
        Require.present(newDueAt, "newDueAt");
        if (!newDueAt.isAfter(dossier.dueAt())) {
            throw new IllegalArgumentException("newDueAt must be after dueAt");
        }
        Words t = words(slipSet, SlipKind.APOLOGY);
        return render(t, dossier, notice.issuedAt(), pdf -> {
            salutation(pdf, t, dossier);
            pdf.moveDown(6);
            received(pdf, t, dossier);
            field(pdf, t.t("dueAt"), time(dossier.dueAt()));
            pdf.paragraph(List.of(regular(t.t("late"))), BODY);
            field(pdf, t.t("reason"), notice.reason());
            pdf.moveDown(2);
            pdf.paragraph(List.of(regular(t.t("apology", "agency", dossier.agencyName()))), BODY);
            pdf.paragraph(List.of(bold(time(newDueAt))), BODY + 1, pdf.left, pdf.width(), Align.CENTER);
            pdf.moveDown(2);
            pdf.paragraph(List.of(regular(t.t("closing"))), BODY);
            trackingLine(pdf, t, dossier);
            signatures(pdf, null, issuer(t, notice));
        });
    }

    // ================================================================ stop notice (2025: 05)

    /**
     * Thông báo dừng giải quyết hồ sơ (Circular 03/2025, form 05): the desk that received the dossier stops it at
     * the applicant's request before a result exists; {@code notice} carries when it stopped, who recorded it and
     * the applicant's reason. A set without the form (the 2018 one) fails naming the set.
     */
    public byte[] stopNotice(String slipSet, SlipDossier dossier, SlipNotice notice) {
        Require.present(dossier, "dossier");
        Require.present(notice, "notice");
        Words t = words(slipSet, SlipKind.STOP);
        return render(t, dossier, notice.issuedAt(), pdf -> {
            salutation(pdf, t, dossier);
            pdf.moveDown(6);
            received(pdf, t, dossier);
            pdf.moveDown(2);
            pdf.paragraph(List.of(regular(t.t("request", "agency", dossier.agencyName(), "stoppedAt",
                    time(notice.issuedAt())))), BODY);
            field(pdf, t.t("reason"), notice.reason());
            pdf.paragraph(List.of(italic(notice.legalBasis() != null ? t.t("legalBasis") + notice.legalBasis()
                    : t.t("basis"))), BODY);
            pdf.moveDown(2);
            pdf.paragraph(List.of(regular(t.t("papers", "agency", dossier.agencyName()))), BODY);
            pdf.paragraph(List.of(regular(t.t("closing"))), BODY);
            trackingLine(pdf, t, dossier);
            signatures(pdf, null, issuer(t, notice));
        });
    }

    // ================================================================ control slip (2018: 05, 2025: 06)

    /**
     * Phiếu kiểm soát quá trình giải quyết hồ sơ: the control slip that travels with the dossier, one row per
     * hand-over; continues on new pages with the table header repeated.
     */
    public byte[] controlSlip(String slipSet, SlipDossier dossier, List<ControlSlipRow> handOvers) {
        Require.present(dossier, "dossier");
        List<ControlSlipRow> rows = Require.list(handOvers, "handOvers");
        Words t = words(slipSet, SlipKind.CONTROL);
        return render(t, dossier, dossier.receivedAt(), pdf -> {
            field(pdf, t.t("applicant"), dossier.applicantName());
            request(pdf, t, dossier);
            field(pdf, t.t("receivedAt"), time(dossier.receivedAt()));
            field(pdf, t.t("dueAt"), dossier.dueAt() == null ? t.t("sameDay") : time(dossier.dueAt()));
            if (dossier.receivedByAndUnit() != null) {
                field(pdf, t.t("receivedBy"), dossier.receivedByAndUnit());
            }
            pdf.moveDown(6);
            float w = pdf.width();
            float text = (w - 24 - 92 - 92 - 62 - 60) / 2;
            List<Column> columns = List.of(new Column(t.t("col.no"), 24, Align.CENTER),
                    new Column(t.t("col.from"), text, Align.LEFT), new Column(t.t("col.to"), text, Align.LEFT),
                    new Column(t.t("col.at"), 92, Align.CENTER),
                    new Column(t.t("col.due"), 92, Align.CENTER),
                    new Column(t.t("col.result"), 62, Align.CENTER),
                    new Column(t.t("col.note"), 60, Align.LEFT));
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ControlSlipRow r = rows.get(i);
                cells.add(List.of(String.valueOf(i + 1), party(r.fromStep(), r.sender()),
                        party(r.toStep(), r.receiver()),
                        time(r.handedAt()), r.stepDueAt() == null ? "" : time(r.stepDueAt()),
                        r.result() == null ? "" : r.result().label(), r.note() == null ? "" : r.note()));
            }
            String continued = t.t("continued", "title", t.form.title());
            pdf.onContinuationPage(() -> {
                pdf.paragraph(List.of(bold(continued)), SMALL);
                pdf.moveDown(4);
            });
            pdf.table(columns, cells, 8.5f);
            pdf.moveDown(6);
            pdf.paragraph(List.of(italic(t.t("footnote"))), SMALL - 0.5f);
            trackingLine(pdf, t, dossier);
        });
    }

    // ================================================================ log book (2018: 06, 2025: 07)

    /**
     * Sổ theo dõi hồ sơ: the log book of a desk for a date range, A4 landscape, the dossier code on each row, the
     * table header repeated on every page.
     */
    public byte[] logBook(String slipSet, LogBook book) {
        Require.present(book, "book");
        Words t = words(slipSet, SlipKind.LOG_BOOK);
        try (SlipPdf pdf = new SlipPdf(fonts, true, t.form.title())) {
            float w = pdf.width();
            float colW = w * 0.32f;
            float topY = pdf.y();
            pdf.block(List.of(bold(t.t("formNumber", "number", t.form.number()))), SMALL, pdf.left, topY, w, Align.RIGHT);
            List<Span> agency = new ArrayList<>();
            if (book.parentAgencyName() != null) {
                agency.add(regular(upper(book.parentAgencyName()) + "\n"));
            }
            agency.add(bold(upper(book.agencyName())));
            float h = pdf.block(agency, 10, pdf.left, topY, colW, Align.CENTER);
            pdf.moveTo(topY - h - 10);
            pdf.paragraph(List.of(bold(t.form.title())), 15, pdf.left, w, Align.CENTER);
            String from = SlipText.date(book.from());
            String to = SlipText.date(book.to());
            pdf.paragraph(List.of(regular(t.t("desk")), bold(book.deskName()), regular("   "),
                    regular(t.t("period", "from", from, "to", to))), 10.5f, pdf.left, w, Align.CENTER);
            pdf.moveDown(8);
            String continued = t.t("continued", "title", t.form.title(), "desk", book.deskName(), "from", from, "to", to);
            pdf.onContinuationPage(() -> {
                pdf.paragraph(List.of(bold(continued)), SMALL);
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
            List<Column> columns = List.of(new Column(t.t("col.no"), 24, Align.CENTER),
                    new Column(t.t("col.code"), code, Align.LEFT),
                    new Column(t.t("col.procedure"), rest * 0.30f, Align.LEFT),
                    new Column(t.t("col.applicant"), rest * 0.22f, Align.LEFT),
                    new Column(t.t("col.contact"), rest * 0.26f, Align.LEFT),
                    new Column(t.t("col.lead"), rest * 0.22f, Align.LEFT),
                    new Column(t.t("col.received"), date, Align.CENTER),
                    new Column(t.t("col.due"), date, Align.CENTER),
                    new Column(t.t("col.transferred"), date, Align.CENTER),
                    new Column(t.t("col.result"), date, Align.CENTER),
                    new Column(t.t("col.returned"), date, Align.CENTER),
                    new Column(t.t("col.signed"), 36, Align.CENTER),
                    new Column(t.t("col.note"), 46, Align.LEFT));
            String phone = t.t("phone");
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < book.rows().size(); i++) {
                LogBookRow r = book.rows().get(i);
                String contact = join(r.address(), r.phone() == null ? null : phone + r.phone());
                cells.add(List.of(String.valueOf(i + 1), r.dossierCode(), r.procedureName(), r.applicantName(),
                        contact, orEmpty(r.leadAgency()), time(r.receivedAt()), optionalTime(r.dueAt()),
                        optionalTime(r.transferredAt()), optionalTime(r.resultAt()), optionalTime(r.returnedAt()), "",
                        orEmpty(r.note())));
            }
            pdf.table(columns, cells, size);
            pdf.moveDown(4);
            if (book.rows().isEmpty()) {
                pdf.paragraph(List.of(italic(t.t("empty"))), SMALL);
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

    /** The one who issues a notice signs on the right, under the form's role. */
    private static Signer issuer(Words t, SlipNotice notice) {
        return new Signer(t.t("signRight"), t.t("signHint"), notice.issuedBy());
    }

    /** The wording of one form of one set: {@code t(key, name, value, ...)} fills the sentence's placeholders. */
    private final class Words {
        final SlipSet set;
        final SlipKind kind;
        final SlipSet.Form form;

        Words(SlipSet set, SlipKind kind) {
            this.set = set;
            this.kind = kind;
            this.form = set.require(kind);
        }

        String t(String key, Object... namesAndValues) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return sets.text(set, kind, key, values);
        }
    }

    private Words words(String slipSet, SlipKind kind) {
        SlipSet set;
        try {
            set = sets.byId(Require.text(slipSet, "slipSet"));
        } catch (java.util.NoSuchElementException e) {
            throw new IllegalArgumentException("slipSet: " + e.getMessage(), e);
        }
        return new Words(set, kind);
    }

    private byte[] render(Words t, SlipDossier dossier, Instant dated, Body body) {
        try (SlipPdf pdf = new SlipPdf(fonts, false, t.form.title() + " - " + dossier.dossierCode())) {
            header(pdf, t, dossier, dated);
            title(pdf, t, dossier.dossierCode());
            body.draw(pdf);
            return pdf.finish(dossier.dossierCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render form " + t.form.number() + " of " + t.set.id() + " for " + dossier.dossierCode(), e);
        }
    }

    /** Agency on the left, national motto on the right, the form number above, the place and date below. */
    private void header(SlipPdf pdf, Words t, SlipDossier dossier, Instant dated) throws IOException {
        float w = pdf.width();
        float leftW = w * 0.42f;
        float rightX = pdf.left + leftW + 6;
        float rightW = w - leftW - 6;
        float yTop = pdf.y();
        pdf.block(List.of(bold(t.t("formNumber", "number", t.form.number()))), SMALL, pdf.left, yTop, w, Align.RIGHT);
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
            leftH += pdf.block(List.of(regular(t.t("agencyIdentifier", "identifier", dossier.agencyIdentifier()))), 8, pdf.left,
                    yTop - leftH, leftW, Align.CENTER);
        }

        float rightH = pdf.block(List.of(bold(t.t("nation"))), 10, rightX, yTop, rightW,
                Align.CENTER);
        String motto = t.t("motto");
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
    private void title(SlipPdf pdf, Words t, String code) throws IOException {
        float yTop = pdf.y();
        float side = QR_SIZE + 10;
        float boxX = pdf.left + side;
        float boxW = pdf.width() - 2 * side;
        List<Span> title = List.of(bold(t.form.title()));
        float titleW = pdf.balancedWidth(title, 13, boxW);
        float h = pdf.block(title, 13, boxX + (boxW - titleW) / 2, yTop, titleW, Align.CENTER);
        h += 3;
        h += pdf.block(List.of(regular(t.t("dossierCode")), bold(code)), 11, boxX, yTop - h, boxW, Align.CENTER);
        float qrX = pdf.right - QR_SIZE;
        pdf.qr(qrMatrix(trackingUrl(code)), qrX, yTop, QR_SIZE);
        float qrH = QR_SIZE + 2;
        qrH += pdf.block(List.of(italic(t.t("scanHint"))), 6.5f, qrX - 10, yTop - qrH, QR_SIZE + 20,
                Align.CENTER);
        pdf.moveTo(yTop - Math.max(h, qrH) - 10);
    }

    private void applicant(SlipPdf pdf, Words t, SlipDossier d) throws IOException {
        field(pdf, t.t("applicant"), d.applicantName());
        if (d.idNumber() != null) {
            field(pdf, t.t("idNumber"), d.idNumber());
        }
        if (d.address() != null) {
            field(pdf, t.t("address"), d.address());
        }
        if (d.phone() != null || d.email() != null) {
            List<Span> contact = new ArrayList<>();
            if (d.phone() != null) {
                contact.add(regular(t.t("phone")));
                contact.add(bold(d.phone()));
            }
            if (d.email() != null) {
                contact.add(regular((d.phone() != null ? "; " : "") + t.t("email")));
                contact.add(bold(d.email()));
            }
            indented(pdf, contact);
        }
    }

    private void request(SlipPdf pdf, Words t, SlipDossier d) throws IOException {
        field(pdf, t.t("request"), procedure(t, d));
        if (d.caseName() != null) {
            field(pdf, t.t("case"), d.caseName());
        }
        if (d.channel() != null) {
            field(pdf, t.t("channel"), d.channel().label());
        }
    }

    private static String procedure(Words t, SlipDossier d) {
        return d.procedureCode() == null ? d.procedureName()
                : t.t("procedureWithCode", "name", d.procedureName(), "code", d.procedureCode());
    }

    private void salutation(SlipPdf pdf, Words t, SlipDossier dossier) throws IOException {
        pdf.paragraph(List.of(regular(t.t("salutation")), bold(dossier.applicantName())), BODY + 1, pdf.left,
                pdf.width(), Align.CENTER);
    }

    /** "Vào lúc …, <agency> đã tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục: <procedure>." */
    private void received(SlipPdf pdf, Words t, SlipDossier dossier) throws IOException {
        pdf.paragraph(List.of(regular(t.t("received", "receivedAt", time(dossier.receivedAt()), "agency",
                dossier.agencyName())), bold(procedure(t, dossier)), regular(".")), BODY);
    }

    private void componentsTable(SlipPdf pdf, Words t, List<SlipComponent> components) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            SlipComponent c = components.get(i);
            rows.add(List.of(String.valueOf(i + 1), c.name(), form(c)));
        }
        float w = pdf.width();
        pdf.table(List.of(new Column(t.t("col.no"), 28, Align.CENTER), new Column(t.t("col.name"), w - 28 - 130,
                Align.LEFT), new Column(t.t("col.form"), 130, Align.CENTER)), rows, TABLE);
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

    private void trackingLine(SlipPdf pdf, Words t, SlipDossier d) throws IOException {
        pdf.moveDown(6);
        pdf.paragraph(List.of(italic(t.t("tracking", "url", trackingUrl(d.dossierCode())))), SMALL);
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
