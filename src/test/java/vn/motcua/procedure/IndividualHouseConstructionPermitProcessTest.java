package vn.motcua.procedure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static vn.motcua.process.IndividualHouseConstructionPermit.Element.*;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.process.Apology;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.IndividualHouseConstructionPermit;
import vn.motcua.process.ResultReturn;
import vn.motcua.process.SupplementRequest;

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
        Assertions.assertThat(timer(BoundaryEvent_LegalDeadline.id()).getDuedate()).isEqualTo(java.util.Date.from(DUE));
        fire(BoundaryEvent_DueSoon.id());
        verify(warnDueSoon).execute(any(DelegateExecution.class));
        fire(BoundaryEvent_LegalDeadline.id());
        verify(markOverdue).execute(any(DelegateExecution.class));
        assertThat(task(Apology.Element.Task_PrepareApology.id())).hasCandidateGroup("chuyenvien-qldt-dongxoai");
        complete(Apology.Element.Task_PrepareApology.id(), DossierProcess.NEW_APPOINTMENT_DATE.name(), "2019-03-29", DossierProcess.APOLOGY_REASON.name(), "Chờ xác minh");
        verify(issueApology).execute(any(DelegateExecution.class));
        assertThat(dossier).hasPassed(EndEvent_DueSoonWarned.id(), EndEvent_OverdueMarked.id());
    }

    private void inspectAndDraft(String resultType) {
        assertThat(task(Task_SiteInspection.id())).hasCandidateGroup("chuyenvien-qldt-dongxoai");
        complete(Task_SiteInspection.id(), IndividualHouseConstructionPermit.INSPECTION_DATE.name(), "2019-03-06", IndividualHouseConstructionPermit.SITE_MATCHES_DESIGN.name(), true, IndividualHouseConstructionPermit.INSPECTION_REPORT.name(), "Phù hợp thiết kế");
        complete(Task_DraftResult.id(), IndividualHouseConstructionPermit.RESULT_TYPE.name(), resultType, IndividualHouseConstructionPermit.PERMIT_NUMBER.name(), "25/GPXD", DossierProcess.OPINION.name(), "Đề nghị cấp");
    }

    @Test
    void shouldInspectTheSiteAndIssueThePermit() throws Exception {
        ProcessInstance dossier = start();
        accept();
        Assertions.assertThat(mapVariable(dossier.getId(), DossierProcess.ROUTING.name())).containsEntry("headGroup", "lanhdao-qldt-dongxoai");
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "propose", DossierProcess.OPINION.name(), "Hồ sơ đủ");
        inspectAndDraft("permit");
        assertThat(task(Task_Review.id())).hasCandidateGroup("lanhdao-qldt-dongxoai");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Đồng ý");
        signApproved();
        returnAtCounter();
        assertThat(dossier).isEnded().hasPassed(Task_SiteInspection.id(), EndEvent_ResultReturned.id()).hasNotPassed(CallActivity_RequestSupplement.id())
                .variables().containsEntry(IndividualHouseConstructionPermit.RESULT_TYPE.name(), "permit");
    }

    @Test
    void shouldAskForASupplementOnlyOnceThenGoToTheSite() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "requestSupplement", DossierProcess.MISSING_ITEMS.name(), "Bản vẽ móng", DossierProcess.OPINION.name(), "Thiếu bản vẽ");
        verify(pauseClock).execute(any(DelegateExecution.class));
        complete(SupplementRequest.Element.Task_SendSupplementRequest.id(), SupplementRequest.SLIP_HANDED_OVER.name(), true);
        complete(SupplementRequest.Element.Task_ReceiveSupplement.id(), SupplementRequest.SUPPLEMENT_COMPLETE.name(), true, DossierProcess.OPINION.name(), "Đã nhận");
        verify(resumeClock).execute(any(DelegateExecution.class));
        assertThat(dossier).isWaitingAt(Task_AppraiseSupplement.id());
        complete(Task_AppraiseSupplement.id(), DossierProcess.OPINION.name(), "Đã đủ bản vẽ");
        assertThat(dossier).isWaitingAt(Task_SiteInspection.id());
        inspectAndDraft("refusal");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "sendBack", DossierProcess.OPINION.name(), "Ghi rõ lý do");
        assertThat(dossier).isWaitingAt(Task_DraftResult.id());
        complete(Task_DraftResult.id(), IndividualHouseConstructionPermit.RESULT_TYPE.name(), "refusal", IndividualHouseConstructionPermit.PERMIT_REFUSAL_REASON.name(), "Không phù hợp quy hoạch", DossierProcess.OPINION.name(), "Sửa");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Đồng ý");
        signRejected(dossier, Task_DraftResult.id());
        complete(Task_DraftResult.id(), IndividualHouseConstructionPermit.RESULT_TYPE.name(), "refusal", IndividualHouseConstructionPermit.PERMIT_REFUSAL_REASON.name(), "Không phù hợp quy hoạch", DossierProcess.OPINION.name(), "Sửa");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Đồng ý");
        signApproved();
        complete(ResultReturn.Element.Task_ReturnResult.id(), ResultReturn.RETURN_METHOD.name(), "ONLINE");
        assertThat(dossier).isEnded().hasPassed(EndEvent_ResultReturned.id()).variables().containsEntry(ResultReturn.RETURN_METHOD.name(), "ONLINE");
    }

    @Test
    void shouldHaveTheResultSignedAgainBeforeSendingItByPost() throws Exception {
        ProcessInstance dossier = start();
        accept();
        complete(Task_Appraise.id(), DossierProcess.APPRAISAL_DECISION.name(), "propose", DossierProcess.OPINION.name(), "Hồ sơ đủ");
        inspectAndDraft("permit");
        complete(Task_Review.id(), DossierProcess.REVIEW_DECISION.name(), "approve", DossierProcess.OPINION.name(), "Đồng ý");
        signApproved();
        returnByPostAfterResigning(dossier);
    }
}
