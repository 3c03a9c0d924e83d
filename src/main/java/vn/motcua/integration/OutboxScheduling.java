package vn.motcua.integration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox dispatcher on its schedule; {@code motcua.integration.outbox.scheduled=false} turns it off
 * (tests). The first round runs {@code initial-delay} (default 30 s) after the start, then every {@code poll}. The
 * scheduled method lives here, not on the dispatcher, so the switch holds even when another
 * context enables scheduling (the calendar alerts do).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "motcua.integration.outbox", name = "scheduled", matchIfMissing = true)
class OutboxScheduling {

    private final OutboxDispatcher dispatcher;

    OutboxScheduling(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${motcua.integration.outbox.poll:PT5S}",
            initialDelayString = "${motcua.integration.outbox.initial-delay:PT30S}")
    void dispatch() {
        dispatcher.dispatch();
    }
}
