package vn.motcua.modelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.StepRole;

/** The generated model: valid BPMN with diagram interchange for every flow node, a clean layout, the library's conventions. */
class SkeletonLayoutTest {

    @Test
    void shouldLayOutShapesEdgesAndLabelsWithoutOverlap() throws Exception {
        for (Skeleton skeleton : List.of(Tables.landCertificate(), Tables.smallest("1.000001", "Thủ tục nhỏ nhất", "Xử lý"), Tables.hostile())) {
            assertThat(skeleton.diagram().faults()).as(skeleton.plan().processKey()).isEmpty();
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(skeleton.bpmn().getBytes(StandardCharsets.UTF_8)));
            Bpmn.validateModel(model);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(model.getModelElementsByType(BpmnShape.class).stream().anyMatch(s -> s.getBpmnElement() == node))
                        .as("shape of " + node.getId()).isTrue();
            }
            Path out = Path.of("target/generated-skeletons");
            Files.createDirectories(out);
            Files.writeString(out.resolve(skeleton.plan().processKey() + ".bpmn"), skeleton.bpmn());
        }
    }

    @Test
    void shouldDetectAnOverlapWhenOneIsMade() {
        Diagram diagram = new Diagram();
        diagram.shape("Task_A", 0, 0, 100, 80, null, false);
        diagram.shape("Task_B", 50, 40, 100, 80, null, false);
        diagram.shape("Task_C", 300, 0, 100, 80, null, false);
        diagram.edge("Flow_AC", "Task_A", "Task_C", new Diagram.Point(100, 60), new Diagram.Point(300, 60));
        diagram.edge("Flow_AC2", "Task_A", "Task_C", new Diagram.Point(100, 60), new Diagram.Point(250, 60));
        diagram.label("Task_C", 200, 50, 60, 20);
        assertThat(diagram.faults()).contains("shapes overlap: Task_A / Task_B", "edge Flow_AC crosses Task_B", "edges overlap: Flow_AC / Flow_AC2",
                "edge Flow_AC crosses the label of Task_C");
    }

    @Test
    void shouldFollowTheLibrarysConventions() {
        Skeleton skeleton = Tables.landCertificate();
        String bpmn = skeleton.bpmn();
        assertThat(bpmn).contains("exporter=\"Camunda Modeler\"", "modeler:executionPlatformVersion=\"7.24.0\"", "camunda:historyTimeToLive=\"730\"",
                "id=\"cap-gcn-lan-dau-sinh\"", "calledElement=\"ky-so-ket-qua\"", "calledElement=\"tra-ket-qua\"", "calledElement=\"yeu-cau-bo-sung\"",
                "calledElement=\"lien-thong\"", "calledElement=\"xin-loi-tre-han\"", "camunda:decisionRef=\"phan-cong-xu-ly\"",
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${dossierDueDate}</bpmn:timeDate>",
                "camunda:candidateGroups=\"${routing.headGroup}\"", "camunda:dueDate=\"${workingTime.hours(4)}\"");
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrder("Task_CheckDossier", "Task_Appraise", "Task_Review", "Task_ReviewStep5");
        assertThat(skeleton.files()).containsKeys("processes/generated/cap-gcn-lan-dau-sinh.bpmn", "forms/generated/cap-gcn-lan-dau-sinh.start.form",
                "forms/generated/cap-gcn-lan-dau-sinh.kiem-tra.form", "forms/generated/cap-gcn-lan-dau-sinh.tham-dinh.form",
                "forms/generated/cap-gcn-lan-dau-sinh.trinh-ky.form", "forms/generated/cap-gcn-lan-dau-sinh.trinh-ky-buoc-5.form");
        assertThat(StepDeadlineRows.shares(skeleton.plan())).containsExactly(
                java.util.Map.entry("Task_Appraise", "29.41"), java.util.Map.entry("Task_Review", "11.76"),
                java.util.Map.entry("Task_ReviewStep5", "5.88"), java.util.Map.entry("Task_Sign", "17.65"));
        assertThat(bpmn).contains("<camunda:in sourceExpression=\"${workingTime.hours(40)}\" target=\"partnerDueDate\" />");
    }

    @Test
    void shouldNameEveryBadRowAndField() {
        AdministrativeProcedure procedure = Tables.procedure("1.000002", "Thủ tục sai", null, 3, WorkingTimeUnit.WORKING_DAYS);
        assertThatThrownBy(() -> Skeleton.generate(procedure, procedure.getCases().get(0), Tables.table("1.000002",
                Tables.step(1, "Tiếp nhận", StepRole.INTAKE, null, "0.5"),
                Tables.step(2, "Thẩm định", StepRole.HANDLER, null, "1"),
                Tables.step(3, "Phối hợp", StepRole.PARTNER, "thuế; drop", "1"),
                Tables.step(4, "Ký", StepRole.SIGNER, null, "0"),
                Tables.step(5, "Trả", StepRole.RETURN, null, "1"))))
                .isInstanceOf(SkeletonProblem.class)
                .hasMessageContaining("bước 3 · unitCode")
                .hasMessageContaining("bước 4 · share")
                .hasMessageContaining("thủ tục · share");
        assertThatThrownBy(() -> Skeleton.generate(procedure, procedure.getCases().get(0), Tables.table("1.000002",
                Tables.step(1, "Tiếp nhận", StepRole.INTAKE, null, "0.5"),
                Tables.step(2, "Ký", StepRole.SIGNER, null, "1"),
                Tables.step(3, "Thẩm định", StepRole.HANDLER, null, "1"),
                Tables.step(4, "Trả", StepRole.RETURN, null, "0.5"))))
                .hasMessageContaining("bước 2 · role").hasMessageContaining("bước 3 · role");
    }

    @Test
    void shouldDeriveTheProcessKeyFromTheVietnameseName() {
        assertThat(SkeletonPlan.keyFromName("Đăng ký khai sinh")).isEqualTo("dang-ky-khai-sinh");
        assertThat(SkeletonPlan.keyFromName("Cấp Giấy phép xây dựng (nhà ở riêng lẻ)")).isEqualTo("cap-giay-phep-xay-dung-nha-o-rieng-le");
    }
}
