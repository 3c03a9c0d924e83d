package vn.motcua.process;

import static vn.motcua.process.DossierProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.integration.Notification;
import vn.motcua.integration.Notification.Recipient;
import vn.motcua.integration.Notifier;
import vn.motcua.sla.Escalation;

/**
 * Escalation service tasks: {@code ${warnDossierDueSoon}} (the handling group is told) and
 * {@code ${issueApology}} (apology and new appointment, form 04, the applicant is told). The SLA context
 * records and words the notice; these deliver it.
 */
@Configuration(proxyBeanMethods = false)
class EscalationDelegates {

    @Bean
    JavaDelegate warnDossierDueSoon(Escalation escalation, Notifier notifier, IdentityService identity, BusinessClock clock) {
        return execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> routing = ROUTING.get(execution);
            String group = routing == null ? INTAKE_GROUP.get(execution) : (String) routing.get(ROUTING_HANDLER_GROUP);
            List<Recipient> staff = identity.createUserQuery().memberOfGroup(group).list().stream()
                    .map(u -> new Recipient(u.getFirstName() + " " + u.getLastName(), u.getEmail(), null))
                    .toList();
            Escalation.Notice notice = escalation.warnDueSoon(DOSSIER_ID.require(execution), clock.now());
            notifier.send(new Notification(notice.dossierCode(), staff, notice.subject(), notice.body()));
        };
    }

    @Bean
    JavaDelegate issueApology(Escalation escalation, Notifier notifier, BusinessClock clock) {
        return execution -> {
            Escalation.Notice notice = escalation.apologize(DOSSIER_ID.require(execution),
                    NEW_APPOINTMENT_DATE.get(execution), APOLOGY_REASON.get(execution), clock.now());
            var applicant = notice.applicant();
            notifier.send(new Notification(notice.dossierCode(),
                    List.of(new Recipient(applicant.name(), applicant.email(), applicant.phone())),
                    notice.subject(), notice.body()));
        };
    }
}
