package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.IndividualHouseConstructionPermit;

/** Every path of "Cấp giấy phép xây dựng nhà ở riêng lẻ" (1.009974): one supplement at most, site inspection, permit or refusal. */
@Deployment(resources = {"processes/cap-giay-phep-xay-dung.bpmn",
        "decisions/phan-cong-xu-ly.dmn",
        "processes/ky-so-ket-qua.bpmn",
        "processes/tra-ket-qua.bpmn",
        "processes/xin-loi-tre-han.bpmn",
        "forms/ky-so-ket-qua.phe-duyet.form",
        "forms/tra-ket-qua.tra-ket-qua.form",
        "forms/tra-ket-qua.ky-lai.form",
        "forms/tra-ket-qua.gui-buu-chinh.form",
        "forms/xin-loi-tre-han.lap-phieu.form",
        "forms/cap-giay-phep-xay-dung.start.form",
        "forms/cap-giay-phep-xay-dung.kiem-tra.form",
        "forms/cap-giay-phep-xay-dung.tham-dinh.form",
        "forms/cap-giay-phep-xay-dung.tham-dinh-bo-sung.form",
        "forms/cap-giay-phep-xay-dung.kiem-tra-thuc-dia.form",
        "forms/cap-giay-phep-xay-dung.du-thao.form",
        "forms/cap-giay-phep-xay-dung.trinh-ky.form",
        "processes/yeu-cau-bo-sung.bpmn",
        "forms/yeu-cau-bo-sung.gui-phieu.form",
        "forms/yeu-cau-bo-sung.tiep-nhan.form"})
class IndividualHouseConstructionPermitProcessTest extends ProcedureProcessTest {

    IndividualHouseConstructionPermitProcessTest() {
        super(IndividualHouseConstructionPermit.PROCESS_KEY, "motcua-dongxoai", "traketqua-dongxoai", "lanhdao-ubnd-dongxoai");
    }

    static final String DOSSIER = "000.00.20.H10-190304-0004";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessTestEngine.CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    @BeforeEach
    void beans() {
        registerBeans(IndividualHouseConstructionPermit.PROCEDURE_CODE, "000.00.20.H10", "motcua-dongxoai", DOSSIER);
    }

    @Test
    void shouldWarnBeforeTheDueDateAndApologiseWhenLate() throws Exception {
        ProcessInstance dossier = start();
        accept();
        Assertions.assertThat(timer("BoundaryEvent_LegalDeadline").getDuedate()).isEqualTo(java.util.Date.from(DUE));
        fire("BoundaryEvent_DueSoon");
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        fire("BoundaryEvent_LegalDeadline");
        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(task("Task_PrepareApology")).hasCandidateGroup("chuyenvien-qldt-dongxoai");
        complete("Task_PrepareApology", "newAppointmentDate", "2019-03-29", "apologyReason", "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed("EndEvent_DueSoonWarned", "EndEvent_OverdueMarked");
    }

    private void inspectAndDraft(String resultType) {
        assertThat(task("Task_SiteInspection")).hasCandidateGroup("chuyenvien-qldt-dongxoai");
        complete("Task_SiteInspection", "inspectionDate", "2019-03-06", "siteMatchesDesign", true, "inspectionReport", "Phù hợp thiết kế");
        complete("Task_DraftResult", "resultType", resultType, "permitNumber", "25/GPXD", "opinion", "Đề nghị cấp");
    }

    @Test
    void shouldInspectTheSiteAndIssueThePermit() throws Exception {
        ProcessInstance dossier = start();
        accept();
        Assertions.assertThat(mapVariable(dossier.getId(), "routing")).containsEntry("headGroup", "lanhdao-qldt-dongxoai");
        complete("Task_Appraise", "appraisalDecision", "propose", "opinion", "Hồ sơ đủ");
        inspectAndDraft("permit");
        assertThat(task("Task_Review")).hasCandidateGroup("lanhdao-qldt-dongxoai");
        complete("Task_Review", "reviewDecision", "approve", "opinion", "Đồng ý");
        signApproved();
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed("Task_SiteInspection", "EndEvent_ResultReturned").hasNotPassed("CallActivity_RequestSupplement")
                .variables().containsEntry(IndividualHouseConstructionPermit.RESULT_TYPE.name(), "permit");
    }

    @Test
    void shouldAskForASupplementOnlyOnceThenGoToTheSite() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete("Task_Appraise", "appraisalDecision", "requestSupplement", "missingItems", "Bản vẽ móng", "opinion", "Thiếu bản vẽ");
        verify(pauseClock).execute(any(DelegateExecution.class));
        complete("Task_SendSupplementRequest", "slipHandedOver", true);
        complete("Task_ReceiveSupplement", "supplementComplete", true, "opinion", "Đã nhận");
        verify(resumeClock).execute(any(DelegateExecution.class));
        assertThat(dossier).isWaitingAt("Task_AppraiseSupplement");
        complete("Task_AppraiseSupplement", "opinion", "Đã đủ bản vẽ");
        assertThat(dossier).isWaitingAt("Task_SiteInspection");
        inspectAndDraft("refusal");
        complete("Task_Review", "reviewDecision", "sendBack", "opinion", "Ghi rõ lý do");
        assertThat(dossier).isWaitingAt("Task_DraftResult");
        complete("Task_DraftResult", "resultType", "refusal", "permitRefusalReason", "Không phù hợp quy hoạch", "opinion", "Sửa");
        complete("Task_Review", "reviewDecision", "approve", "opinion", "Đồng ý");
        signRejected(dossier, "Task_DraftResult");
        complete("Task_DraftResult", "resultType", "refusal", "permitRefusalReason", "Không phù hợp quy hoạch", "opinion", "Sửa");
        complete("Task_Review", "reviewDecision", "approve", "opinion", "Đồng ý");
        signApproved();
        complete("Task_ReturnResult", "returnMethod", "ONLINE");
        assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned").variables().containsEntry("returnMethod", "ONLINE");
    }

    @Test
    void shouldHaveTheResultSignedAgainBeforeSendingItByPost() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete("Task_Appraise", "appraisalDecision", "propose", "opinion", "Hồ sơ đủ");
        inspectAndDraft("permit");
        complete("Task_Review", "reviewDecision", "approve", "opinion", "Đồng ý");
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
