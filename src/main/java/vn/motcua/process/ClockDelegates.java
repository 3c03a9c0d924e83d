package vn.motcua.process;

import static vn.motcua.process.DossierProcess.*;

import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.document.SlipText;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.sla.PauseKind;
import vn.motcua.sla.SlaClock;

/**
 * The clock's service tasks, for {@code camunda:delegateExpression}:
 * {@code ${pauseDossierClock}} (supplement requested), {@code ${awaitFinancialObligation}} (status 6),
 * {@code ${resumeDossierClock}} (supplement in, or obligation paid). The SLA clock decides and the register
 * records; the engine's timers follow in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class ClockDelegates {

    @Bean
    JavaDelegate pauseDossierClock(SlaClock clock, DossierRegister register, LegalDeadlineTimers timers,
                                   EngineAccess engine, BusinessClock now) {
        return execution -> pause(execution, PauseKind.SUPPLEMENT, MISSING_ITEMS.get(execution), clock, register, timers,
                engine, now);
    }

    @Bean
    JavaDelegate awaitFinancialObligation(SlaClock clock, DossierRegister register, LegalDeadlineTimers timers,
                                          EngineAccess engine, BusinessClock now) {
        return execution -> pause(execution, PauseKind.FINANCIAL_OBLIGATION, "Chờ thực hiện nghĩa vụ tài chính",
                clock, register, timers, engine, now);
    }

    @Bean
    JavaDelegate resumeDossierClock(SlaClock clock, DossierRegister register, LegalDeadlineTimers timers,
                                    ZoneId provinceZone, BusinessClock now) {
        return execution -> {
            Long id = DOSSIER_ID.require(execution);
            Instant due = clock.resume(id, now.now());
            String dueText = SlipText.dateTime(due, provinceZone);
            timers.reschedule(register.get(id).getProcessInstanceId(), due, clock.dueSoonAt(due), dueText);
            DUE_DATE_TEXT.set(execution, dueText);
        };
    }

    private static void pause(DelegateExecution execution, PauseKind kind, String reason, SlaClock clock,
                              DossierRegister register, LegalDeadlineTimers timers, EngineAccess engine, BusinessClock now) {
        Long id = DOSSIER_ID.require(execution);
        String agency = REQUESTING_AGENCY.get(execution) != null ? REQUESTING_AGENCY.get(execution) : AGENCY_CODE.require(execution);
        clock.pause(id, kind, agency, now.now(), reason, engine.currentUserId());
        timers.suspend(register.get(id).getProcessInstanceId());
    }
}
