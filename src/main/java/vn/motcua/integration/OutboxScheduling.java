package vn.motcua.integration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox dispatcher on its schedule; {@code motcua.integration.outbox.scheduled=false} turns it off (tests). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "motcua.integration.outbox", name = "scheduled", matchIfMissing = true)
class OutboxScheduling {
}
