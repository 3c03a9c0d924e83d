package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.ZoneId;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The renderer as a bean: the public URL comes from {@code motcua.public-url}, the zone is the province's. */
class SlipRendererWiringTest {

    @Configuration(proxyBeanMethods = false)
    @Import(SlipRenderer.class)
    static class Slips {
        @Bean
        ZoneId provinceZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Slips.class);

    @Test
    void shouldDefaultThePublicUrlToLocalhost() {
        context.run(ctx -> assertThat(ctx.getBean(SlipRenderer.class).trackingUrl("X-1"))
                .isEqualTo("http://localhost:8080/tra-cuu?ma=X-1"));
    }

    @Test
    void shouldTakeThePublicUrlFromTheProperty() {
        context.withPropertyValues("motcua.public-url=https://dichvucong.binhphuoc.example")
                .run(ctx -> assertThat(ctx.getBean(SlipRenderer.class).trackingUrl("X-1"))
                        .isEqualTo("https://dichvucong.binhphuoc.example/tra-cuu?ma=X-1"));
    }
}
