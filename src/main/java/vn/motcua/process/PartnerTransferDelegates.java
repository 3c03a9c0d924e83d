package vn.motcua.process;

import static vn.motcua.process.DossierProcess.AGENCY_CODE;
import static vn.motcua.process.DossierProcess.DOSSIER_ID;
import static vn.motcua.process.DossierProcess.PROCEDURE_CODE;
import static vn.motcua.process.InterAgencyTransfer.PARTNER;
import static vn.motcua.process.InterAgencyTransfer.PARTNER_DUE_DATE;
import static vn.motcua.process.InterAgencyTransfer.PARTNER_REQUEST;
import static vn.motcua.process.InterAgencyTransfer.PARTNER_ROLE;
import static vn.motcua.process.InterAgencyTransfer.PART_ID;

import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.integration.PartnerTransfers;

/**
 * The liên thông service task of {@code processes/lien-thong.bpmn}, {@code ${sendToPartnerAgency}}: the part (id = the
 * partner role) goes to the partner agency through the LGSP, with its own deadline, in the step's transaction
 * ({@link PartnerTransfers}: the part's row and its outbox request).
 */
@Configuration(proxyBeanMethods = false)
class PartnerTransferDelegates {

    @Bean
    JavaDelegate sendToPartnerAgency(PartnerTransfers transfers) {
        return execution -> {
            String partId = PARTNER_ROLE.require(execution);
            @SuppressWarnings("unchecked")
            Map<String, Object> partner = PARTNER.require(execution);
            transfers.send(new PartnerTransfers.Transfer(DOSSIER_ID.require(execution), execution.getProcessBusinessKey(),
                    PROCEDURE_CODE.require(execution), AGENCY_CODE.require(execution), partId,
                    String.valueOf(partner.get("partnerUnit")), (String) partner.get("partnerGroup"),
                    PARTNER_DUE_DATE.require(execution).toInstant(), PARTNER_REQUEST.get(execution),
                    execution.getProcessInstanceId()));
            PART_ID.set(execution, partId);
        };
    }
}
