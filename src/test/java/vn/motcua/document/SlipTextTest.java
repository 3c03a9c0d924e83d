package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SlipTextTest {

    @Test
    void shouldFormatTimesInTheProvinceZone() {
        Instant utc = Instant.parse("2019-02-12T02:00:00Z");
        assertThat(SlipText.dateTime(utc, ZoneId.of("Asia/Ho_Chi_Minh"))).isEqualTo("09 giờ 00 phút, ngày 12/02/2019");
        // late evening UTC is already the next day in Vietnam
        assertThat(SlipText.dateTime(Instant.parse("2019-12-31T17:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")))
                .isEqualTo("00 giờ 30 phút, ngày 01/01/2020");
    }

    @Test
    void shouldWriteThePlaceDateLineLikeAnAdministrativeDocument() {
        assertThat(SlipText.placeDate("Bình Phước", LocalDate.of(2019, 2, 5)))
                .isEqualTo("Bình Phước, ngày 05 tháng 02 năm 2019");
        assertThat(SlipText.placeDate("Bình Phước", LocalDate.of(2019, 11, 25)))
                .isEqualTo("Bình Phước, ngày 25 tháng 11 năm 2019");
        assertThat(SlipText.placeDate(null, LocalDate.of(2019, 3, 9))).isEqualTo("Ngày 09 tháng 3 năm 2019");
    }

    @Test
    void shouldWriteAmountsInDong() {
        assertThat(SlipText.money(new BigDecimal("100000"))).isEqualTo("100.000 đồng");
        assertThat(SlipText.money(new BigDecimal("1250000"))).isEqualTo("1.250.000 đồng");
        assertThat(SlipText.money(BigDecimal.ZERO)).isEqualTo("Không thu");
    }
}
