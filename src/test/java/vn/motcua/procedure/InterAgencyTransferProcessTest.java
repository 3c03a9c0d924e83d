package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.motcua.process.InterAgencyTransfer.Element.*;

import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.DossierProcess;
import vn.motcua.process.InterAgencyTransfer;

/**
 * Every path of the shared call activity "Liên thông" (lien-thong): the part sent through the LGSP, then the answer,
 * the answer through the LGSP correlated by dossier code and part id, the late partner.
 */
@Deployment(resources = {"processes/lien-thong.bpmn", "decisions/co-quan-phoi-hop.dmn", "forms/lien-thong.xu-ly.form",
        "forms/lien-thong.don-doc.form"})
class InterAgencyTransferProcessTest extends ProcedureTestSupport {

    static final String DOSSIER = "000.00.12.H10-190304-0003";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    @BeforeEach
    void beans() {
        registerBeans("2.000488", "000.00.12.H10", "motcua-sotuphap", DOSSIER);
    }

    @AfterEach
    void reset() {
        resetBeans();
    }

    private ProcessInstance start(Date partnerDueDate) {
        return start("2.000488", "000.00.12.H10", "CONG_AN", partnerDueDate);
    }

    private ProcessInstance start(String procedure, String agency, String role, Date partnerDueDate) {
        return runtimeService().startProcessInstanceByKey(InterAgencyTransfer.PROCESS_KEY, DOSSIER,
                withVariables(DossierProcess.DOSSIER_ID.name(), 7L, DossierProcess.PROCEDURE_CODE.name(), procedure, DossierProcess.AGENCY_CODE.name(), agency,
                        InterAgencyTransfer.PARTNER_ROLE.name(), role, InterAgencyTransfer.PARTNER_DUE_DATE.name(), partnerDueDate,
                        InterAgencyTransfer.PARTNER_REQUEST.name(), "Đề nghị cung cấp thông tin án tích",
                        "routing", Map.of("handlerGroup", "chuyenvien-lltp-sotuphap")));
    }

    @Test
    void shouldGiveThePartnerItsOwnGroupAndSubDeadline() {
        Date due = new ClockHours().days(5);
        ProcessInstance instance = start(due);
        assertThat(instance).hasPassed(Task_DeterminePartner.id(), Task_SendToPartner.id()).isWaitingAt(Task_PartnerProcess.id());
        Assertions.assertThat(runtimeService().getVariable(instance.getId(), InterAgencyTransfer.PART_ID.name())).isEqualTo("CONG_AN");
        Assertions.assertThat(mapVariable(instance.getId(), InterAgencyTransfer.PARTNER.name()))
                .containsEntry("partnerGroup", "congan-hoso-binhphuoc")
                .containsEntry("partnerUnit", "Phòng Hồ sơ nghiệp vụ - Công an tỉnh Bình Phước");
        assertThat(task(Task_PartnerProcess.id())).hasCandidateGroup("congan-hoso-binhphuoc").hasDueDate(due);
        Assertions.assertThat(timer(BoundaryEvent_PartnerDeadline.id()).getDuedate()).isEqualTo(due);

        complete(Task_PartnerProcess.id(), InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed", InterAgencyTransfer.PARTNER_DOCUMENT_NUMBER.name(), "123/PV06",
                "partnerReply", "Không có án tích");
        assertThat(instance).isEnded().hasPassed(EndEvent_PartnerAnswered.id()).hasNotPassed(Task_UrgePartner.id());
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void shouldEndWhenThePartnerAnswersThroughTheInteragencyHub() {
        ProcessInstance instance = start(new ClockHours().days(5));
        runtimeService().createMessageCorrelation(InterAgencyTransfer.PARTNER_ANSWERED_MESSAGE)
                .processInstanceBusinessKey(DOSSIER)
                .setVariable(InterAgencyTransfer.PARTNER_OUTCOME.name(), "notConfirmed").setVariable(InterAgencyTransfer.PARTNER_REPLY.name(), "Có án tích chưa được xóa")
                .correlate();
        assertThat(instance).isEnded().hasPassed(EndEvent_AnsweredViaLgsp.id()).hasNotPassed(EndEvent_PartnerAnswered.id())
                .variables().containsEntry(InterAgencyTransfer.PARTNER_OUTCOME.name(), "notConfirmed");
    }

    @Test
    void shouldCorrelateTheLgspAnswerToItsPartOnly() throws Exception {
        // the land procedure sends two parts at once: the ward (UBND_XA) and the tax office (THUE), each its own deadline
        ProcessInstance ward = start("1.013978", "000.00.20.H10", "UBND_XA", new ClockHours().days(5));
        ProcessInstance tax = start("1.013978", "000.00.20.H10", "THUE", new ClockHours().days(3));
        org.mockito.Mockito.verify(sendToPartner, org.mockito.Mockito.times(2)).execute(org.mockito.ArgumentMatchers.any());
        runtimeService().createMessageCorrelation(InterAgencyTransfer.PARTNER_ANSWERED_MESSAGE)
                .processInstanceBusinessKey(DOSSIER).processInstanceVariableEquals(InterAgencyTransfer.PART_ID.name(), "THUE")
                .setVariable(InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed")
                .setVariable(InterAgencyTransfer.FINANCIAL_OBLIGATION_DUE.name(), true)
                .correlate();
        assertThat(tax).isEnded().hasPassed(EndEvent_AnsweredViaLgsp.id())
                .variables().containsEntry(InterAgencyTransfer.FINANCIAL_OBLIGATION_DUE.name(), true);
        assertThat(ward).isWaitingAt(Task_PartnerProcess.id());
        Assertions.assertThat(timer(BoundaryEvent_PartnerDeadline.id()).getDuedate()).isEqualTo(new ClockHours().days(5));
    }

    @Test
    void shouldHaveTheLeadAgencyUrgeALatePartnerWhileThePartnerGoesOn() {
        ProcessInstance instance = start(new ClockHours().days(5));
        fire(BoundaryEvent_PartnerDeadline.id());
        assertThat(instance).isWaitingAt(Task_PartnerProcess.id(), Task_UrgePartner.id());
        assertThat(task(Task_UrgePartner.id())).hasCandidateGroup("chuyenvien-lltp-sotuphap");
        complete(Task_UrgePartner.id(), InterAgencyTransfer.URGE_NOTE.name(), "Đã gọi điện đôn đốc");
        assertThat(instance).hasPassed(EndEvent_PartnerUrged.id()).isWaitingAt(Task_PartnerProcess.id());
        complete(Task_PartnerProcess.id(), InterAgencyTransfer.PARTNER_OUTCOME.name(), "confirmed", InterAgencyTransfer.PARTNER_REPLY.name(), "Không có án tích");
        assertThat(instance).isEnded();
    }
}
