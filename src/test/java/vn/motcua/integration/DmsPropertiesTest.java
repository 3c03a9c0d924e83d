package vn.motcua.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The DMS links: only http(s) URLs, named by agency; none configured means no agency is sent to. */
class DmsPropertiesTest {

    @Test
    void shouldRefuseALinkThatIsNotAnHttpUrlNamingTheAgency() {
        for (String url : new String[] {"ftp://dms/x", "file:///etc/passwd", "", "http://a b", null}) {
            assertThatThrownBy(() -> new DmsProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
                    Map.of("000.00.20.H10", new DmsProperties.Endpoint(url))))
                    .as(String.valueOf(url)).hasMessageContaining("agencies[000.00.20.H10].url");
        }
    }

    @Test
    void shouldKeepTheLinksByAgencyAndHaveNoneWhenUnset() {
        DmsProperties some = new DmsProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Map.of("000.00.20.H10", new DmsProperties.Endpoint("https://lgsp.example/dms")));
        assertThat(some.agencies()).containsOnlyKeys("000.00.20.H10");
        assertThat(new DmsProperties(Duration.ofSeconds(1), Duration.ofSeconds(1), null).agencies()).isEmpty();
    }
}
