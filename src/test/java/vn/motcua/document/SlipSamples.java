package vn.motcua.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Sample data: a household business registration received at 09:00 on 12/02/2019 in Bình Phước. */
final class SlipSamples {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String CODE = "000.00.20.H10-190212-0007";
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    static final String PROCEDURE = "Đăng ký thành lập hộ kinh doanh";
    static final Instant RECEIVED = at(2019, 2, 12, 9, 0);
    static final Instant DUE = at(2019, 2, 15, 9, 0);
    static final Instant NEW_DUE = at(2019, 2, 19, 14, 30);

    private SlipSamples() {
    }

    static Instant at(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(ZONE).toInstant();
    }

    static SlipDossier dossier() {
        return dossier(CODE, APPLICANT, List.of(
                new SlipComponent("Giấy đề nghị đăng ký hộ kinh doanh", 1, 0, true, true, null),
                new SlipComponent("Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh", 0, 1, true, true,
                        null),
                new SlipComponent("Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh", 1, 0,
                        false, false, "Bổ sung chữ ký của tất cả thành viên hộ gia đình"),
                new SlipComponent("Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh", 1, 0, true,
                        false, null)));
    }

    static SlipDossier dossier(String code, String applicant, List<SlipComponent> components) {
        return new SlipDossier(code, "UBND tỉnh Bình Phước", "Trung tâm Phục vụ hành chính công tỉnh Bình Phước",
                "000.00.20.H10", "1.001612", PROCEDURE, "Hộ kinh doanh do cá nhân thành lập", applicant,
                "070190001234", "Số 12 đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
                "0912 345 678", "hongnhung@example.vn", SlipChannel.DIRECT, RECEIVED, DUE, "03 ngày làm việc",
                new BigDecimal("100000"), "Trần Văn Đức", "Bộ phận một cửa", "Quầy số 3, Trung tâm Phục vụ hành chính công tỉnh",
                "Bình Phước", components);
    }

    static SlipNotice notice(String reason) {
        return new SlipNotice(at(2019, 2, 12, 9, 20), "Lê Thị Thu Hà", reason,
                "Nghị định số 01/2021/NĐ-CP về đăng ký doanh nghiệp");
    }

    static List<ControlSlipRow> handOvers(int count) {
        List<ControlSlipRow> rows = new ArrayList<>();
        String[] units = {"Bộ phận Một cửa", "Phòng Tài chính - Kế hoạch", "Lãnh đạo Ủy ban nhân dân",
            "Văn thư", "Bộ phận Một cửa"};
        Instant t = RECEIVED;
        for (int i = 0; i < count; i++) {
            Instant handed = t.plusSeconds(3 * 3600L);
            rows.add(new ControlSlipRow(units[i % units.length], units[(i + 1) % units.length],
                    "Người giao " + (i + 1), "Người nhận " + (i + 1), handed, handed.plusSeconds(1800),
                    Timeliness.values()[i % 3], i == 1 ? "Đã thẩm định, đủ điều kiện cấp" : null));
            t = handed;
        }
        return rows;
    }

    static LogBook logBook(int rows) {
        List<LogBookRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            Instant received = RECEIVED.plusSeconds(600L * i);
            list.add(new LogBookRow(String.format("000.00.20.H10-190212-%04d", i), PROCEDURE,
                    i == 1 ? APPLICANT : "Phạm Văn Dũng " + i, "Phường Tân Phú, Đồng Xoài", "0912 345 678",
                    "Phòng Tài chính - Kế hoạch", received, DUE, received.plusSeconds(7200),
                    i % 2 == 0 ? DUE.minusSeconds(3600) : null, i % 4 == 0 ? DUE : null,
                    i % 10 == 0 ? "Trả qua bưu điện" : null));
        }
        return new LogBook("UBND tỉnh Bình Phước", "Trung tâm Phục vụ hành chính công tỉnh Bình Phước",
                "Quầy số 3 - Kế hoạch và Đầu tư", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28), list);
    }
}
