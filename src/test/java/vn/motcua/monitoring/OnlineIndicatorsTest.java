package vn.motcua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The three Bình Phước indicators against their targets, with the 2018 baseline. */
class OnlineIndicatorsTest {

    @Test
    void shouldComputeTheThreeIndicatorsFromOffersAndReceivedDossiers() {
        var offers = List.of(new OnlineIndicators.Offer("1.001612", "FULL"), new OnlineIndicators.Offer("1.009974", "PARTIAL"),
                new OnlineIndicators.Offer("2.001234", "PARTIAL"), new OnlineIndicators.Offer("1.000001", "NONE"));
        var received = List.of(new OnlineIndicators.Received("1.001612", "FULL", 10, 4),
                new OnlineIndicators.Received("1.009974", "PARTIAL", 30, 10),
                new OnlineIndicators.Received("2.001234", "PARTIAL", 5, 0),
                new OnlineIndicators.Received("1.000001", "NONE", 100, 0));

        OnlineIndicators result = OnlineIndicators.compute(2025, offers, received);

        var one = result.indicators().get(0);
        assertThat(one.numerator()).isEqualTo(2);
        assertThat(one.denominator()).isEqualTo(3);
        assertThat(one.value()).isEqualTo(66.7);
        assertThat(one.target()).isEqualTo(60);
        assertThat(one.baseline2018()).isEqualTo(2.75);
        assertThat(one.met()).isTrue();
        var two = result.indicators().get(1);
        assertThat(two.value()).isEqualTo(31.1); // 14 / 45
        assertThat(two.met()).isFalse();
        assertThat(two.baseline2018()).isEqualTo(1.38);
        var three = result.indicators().get(2);
        assertThat(three.value()).isEqualTo(40.0);
        assertThat(three.target()).isEqualTo(30);
        assertThat(three.baseline2018()).isEqualTo(7.36);
    }

    @Test
    void shouldShowNoValueWithoutData() {
        OnlineIndicators result = OnlineIndicators.compute(2025, List.of(), List.of());
        assertThat(result.indicators()).allSatisfy(i -> {
            assertThat(i.value()).isNull();
            assertThat(i.met()).isNull();
        });
    }
}
