package vn.motcua.sla;

import static vn.motcua.dossier.DossierProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.integration.Notification.Recipient;
import vn.motcua.system.EngineTime;

/**
 * Escalation service tasks: {@code ${warnDossierDueSoon}} (the handling group is told) and
 * {@code ${issueApology}} (apology and new appointment, form 04, the applicant is told).
 */
@Configuration(proxyBeanMethods = false)
class EscalationDelegates {

    @Bean
    JavaDelegate warnDossierDueSoon(Escalation escalation, IdentityService identity) {
        return execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> routing = ROUTING.get(execution);
            String group = routing == null ? INTAKE_GROUP.get(execution) : (String) routing.get("handlerGroup");
            List<Recipient> staff = identity.createUserQuery().memberOfGroup(group).list().stream()
                    .map(u -> new Recipient(u.getFirstName() + " " + u.getLastName(), u.getEmail(), null))
                    .toList();
            escalation.warnDueSoon(DOSSIER_ID.require(execution), EngineTime.now(), staff);
        };
    }

    @Bean
    JavaDelegate issueApology(Escalation escalation) {
        return execution -> escalation.apologize(DOSSIER_ID.require(execution), NEW_APPOINTMENT_DATE.get(execution),
                APOLOGY_REASON.get(execution), EngineTime.now());
    }
}
