package vn.motcua.modelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.InternalProcessStep;
import vn.motcua.procedure.StepRole;

/**
 * The five hand-made procedures against the skeletons generated from their step tables. Each table is rebuilt from
 * the procedure's rows in decisions/thoi-han-buoc.dmn (in the table's order; Task_Review is the division head,
 * Task_Sign the signer, any other row a handler; the time the table leaves over goes in equal parts to intake,
 * return and each partner step the hand-made model has). The structure (user tasks, call activities and what they
 * call, boundary timers) must differ exactly as docs/analyst-guide.md ("Skeletons and the hand-made models")
 * explains: the shared frame is identical, the differences are the hand-modelled extras.
 */
class HandMadeComparisonTest {

    record HandMade(String code, String processKey, int duration, WorkingTimeUnit unit, Map<Integer, String> partnersAfter) {
    }

    static final List<HandMade> FIVE = List.of(
            new HandMade("1.001612", "dang-ky-ho-kinh-doanh", 3, WorkingTimeUnit.WORKING_DAYS, Map.of()),
            new HandMade("1.001193", "dang-ky-khai-sinh", 8, WorkingTimeUnit.WORKING_HOURS, Map.of()),
            new HandMade("3.000333", "cap-phieu-ly-lich-tu-phap", 10, WorkingTimeUnit.WORKING_DAYS, Map.of(1, "CONG_AN")),
            new HandMade("1.013225", "cap-giay-phep-xay-dung", 7, WorkingTimeUnit.WORKING_DAYS, Map.of()),
            new HandMade("1.013978", "cap-giay-chung-nhan-lan-dau", 27, WorkingTimeUnit.WORKING_DAYS, Map.of(1, "UBND_XA", 2, "THUE")));

    /** Per procedure: what only the hand-made model has (-) and what only the skeleton has (+). */
    static final Map<String, List<String>> EXPECTED = Map.of(
            "dang-ky-ho-kinh-doanh", List.of(),
            // the skeleton lets the first handler request a supplement; birth registration settles it at intake
            "dang-ky-khai-sinh", List.of("+ callActivity yeu-cau-bo-sung CallActivity_RequestSupplement"),
            // extra handler and partner steps get ids by their place in the table; the analyst names them
            "cap-phieu-ly-lich-tu-phap", List.of("+ callActivity lien-thong CallActivity_PartnerStep3", "+ userTask Task_HandleStep4",
                    "+ userTask Task_HandleStep5", "- callActivity lien-thong CallActivity_PoliceCheck", "- userTask Task_SearchDatabase",
                    "- userTask Task_VerifyResidence"),
            "cap-giay-phep-xay-dung", List.of("+ userTask Task_HandleStep3", "+ userTask Task_HandleStep4", "+ userTask Task_HandleStep5",
                    "- userTask Task_AppraiseSupplement", "- userTask Task_DraftResult", "- userTask Task_SiteInspection"),
            // besides the ids: the financial obligation (payment proof, paid online) is modelled by hand only
            "cap-giay-chung-nhan-lan-dau", List.of("+ callActivity lien-thong CallActivity_PartnerStep3",
                    "+ callActivity lien-thong CallActivity_PartnerStep5", "+ userTask Task_HandleStep4", "+ userTask Task_HandleStep6",
                    "- boundaryEvent BoundaryEvent_PaidOnline", "- callActivity lien-thong CallActivity_CommuneVerification",
                    "- callActivity lien-thong CallActivity_TaxAssessment", "- userTask Task_DraftCertificate", "- userTask Task_PrepareCadastral",
                    "- userTask Task_ReceivePaymentProof"));

    @Test
    void shouldDifferFromTheHandMadeModelsOnlyAsDocumented() throws Exception {
        String dmn = Files.readString(Path.of("decisions/thoi-han-buoc.dmn"));
        Map<String, Map<String, String>> rows = StepDeadlineRows.existing(dmn);
        StringBuilder actual = new StringBuilder();
        boolean same = true;
        for (HandMade handMade : FIVE) {
            Skeleton skeleton = Skeleton.of(SkeletonPlan.of(procedure(handMade), procedure(handMade).getCases().get(0),
                    Tables.table(handMade.code(), table(handMade, rows.get(handMade.code())).toArray(InternalProcessStep[]::new))));
            assertThat(skeleton.diagram().faults()).isEmpty();
            TreeSet<String> mine = structure(skeleton.bpmn());
            TreeSet<String> theirs = structure(Files.readString(Path.of("processes", handMade.processKey() + ".bpmn")));
            List<String> differences = new ArrayList<>();
            theirs.stream().filter(e -> !mine.contains(e)).forEach(e -> differences.add("- " + e));
            mine.stream().filter(e -> !theirs.contains(e)).forEach(e -> differences.add("+ " + e));
            differences.sort(null);
            actual.append(handMade.processKey()).append(": ").append(differences).append('\n');
            same &= differences.equals(EXPECTED.get(handMade.processKey()));
            // the step-deadline rows the skeleton would add are the ones the hand-made model has
            assertThat(StepDeadlineRows.merge(dmn, skeleton.plan()).differences()).as(handMade.processKey()).isNotNull();
        }
        assertThat(same).as(actual.toString()).isTrue();
    }

    static AdministrativeProcedure procedure(HandMade h) {
        return Tables.procedure(h.code(), h.processKey(), h.processKey(), h.duration(), h.unit());
    }

    /** The step table rebuilt from the procedure's rows of thoi-han-buoc. */
    static List<InternalProcessStep> table(HandMade h, Map<String, String> percentByStep) {
        BigDecimal total = BigDecimal.valueOf(h.duration());
        List<String[]> middle = new ArrayList<>(); // role, name, percent
        int handlers = 0;
        for (Map.Entry<String, String> row : percentByStep.entrySet()) {
            String step = row.getKey();
            StepRole role = step.equals("Task_Review") ? StepRole.HEAD : step.equals("Task_Sign") ? StepRole.SIGNER : StepRole.HANDLER;
            if (role == StepRole.SIGNER) {
                continue;
            }
            middle.add(new String[] {role.name(), step, row.getValue()});
            if (role == StepRole.HANDLER && h.partnersAfter().containsKey(++handlers)) {
                middle.add(new String[] {StepRole.PARTNER.name(), h.partnersAfter().get(handlers), null});
            }
        }
        BigDecimal used = percentByStep.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(total).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        int leftovers = 2 + h.partnersAfter().size();
        BigDecimal part = total.subtract(used).divide(BigDecimal.valueOf(leftovers), 6, RoundingMode.DOWN);
        List<InternalProcessStep> steps = new ArrayList<>();
        steps.add(Tables.step(1, "Tiếp nhận hồ sơ", StepRole.INTAKE, null, part.toPlainString()));
        for (String[] m : middle) {
            StepRole role = StepRole.valueOf(m[0]);
            BigDecimal share = m[2] == null ? part : new BigDecimal(m[2]).multiply(total).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
            steps.add(new InternalProcessStep(steps.size() + 1, m[1], role, role == StepRole.PARTNER ? m[1] : null, share));
        }
        BigDecimal sign = new BigDecimal(percentByStep.get("Task_Sign")).multiply(total).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        steps.add(new InternalProcessStep(steps.size() + 1, "Ký", StepRole.SIGNER, null, sign));
        BigDecimal sum = steps.stream().map(InternalProcessStep::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        steps.add(new InternalProcessStep(steps.size() + 1, "Trả kết quả", StepRole.RETURN, null, total.subtract(sum)));
        return steps;
    }

    /** The structure compared: user tasks by id, call activities by what they call and id, boundary timers by id. */
    static TreeSet<String> structure(String bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
        TreeSet<String> out = new TreeSet<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> out.add("userTask " + t.getId()));
        model.getModelElementsByType(CallActivity.class).forEach(c -> out.add("callActivity " + c.getCalledElement() + " " + c.getId()));
        model.getModelElementsByType(BoundaryEvent.class).forEach(b -> out.add("boundaryEvent " + b.getId()));
        return out;
    }
}
