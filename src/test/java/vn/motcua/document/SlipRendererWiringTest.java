package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.motcua.system.MotcuaProperties;

/** The renderer as a bean: the public URL and zone come from {@code motcua.*}. */
class SlipRendererWiringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MotcuaProperties.class)
    @Import(SlipRenderer.class)
    static class Slips {
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
