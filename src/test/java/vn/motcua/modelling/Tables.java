package vn.motcua.modelling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.InternalProcess;
import vn.motcua.procedure.InternalProcessStep;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureComponent;
import vn.motcua.procedure.StepRole;

/** Step tables for the tests, written the way a province publishes them. */
final class Tables {

    private Tables() {
    }

    /** A procedure with one case of the given duration and the components named. */
    static AdministrativeProcedure procedure(String code, String name, String processKey, int days, WorkingTimeUnit unit, String... components) {
        AdministrativeProcedure procedure = new AdministrativeProcedure(code, name, "Thử nghiệm", processKey,
                OnlineServiceType.values()[0], LocalDate.of(2025, 7, 1), null);
        ProcedureCase c = procedure.addCase(new ProcedureCase("TH1", "Trường hợp chung", days, unit, null, false, false,
                PausePolicy.values()[0], 0));
        int order = 1;
        for (String component : components) {
            c.addComponent(new ProcedureComponent("TP" + order, component, true, 1, order++));
        }
        return procedure;
    }

    static InternalProcessStep step(int order, String name, StepRole role, String unit, String share) {
        return new InternalProcessStep(order, name, role, unit, new BigDecimal(share));
    }

    static InternalProcess table(String code, InternalProcessStep... steps) {
        return new InternalProcess(code, "TH1", LocalDate.of(2025, 7, 1),
                "Quyết định phê duyệt quy trình nội bộ (dữ liệu thử nghiệm)", List.of(steps));
    }

    /**
     * First land-use certificate (1.013978) as a province could publish it, with a tax-office step: 17 working
     * days = 0.5 intake + 5 appraisal + 5 tax office + 2 division head + 1 second review + 3 signer + 0.5 return.
     */
    static Skeleton landCertificate() {
        AdministrativeProcedure procedure = procedure("1.013978", "Đăng ký, cấp Giấy chứng nhận lần đầu (khung sinh tự động)",
                "cap-gcn-lan-dau-sinh", 17, WorkingTimeUnit.WORKING_DAYS, "Đơn đăng ký, cấp Giấy chứng nhận (Mẫu số 04/ĐK)",
                "Giấy tờ về quyền sử dụng đất", "Chứng từ thực hiện nghĩa vụ tài chính");
        return Skeleton.generate(procedure, procedure.getCases().get(0), table("1.013978",
                step(1, "Tiếp nhận, kiểm tra hồ sơ", StepRole.INTAKE, null, "0.5"),
                step(2, "Thẩm định hồ sơ, kiểm tra thực địa", StepRole.HANDLER, "VPDKDD", "5"),
                step(3, "Chuyển thông tin địa chính đến cơ quan thuế", StepRole.PARTNER, "THUE", "5"),
                step(4, "Lãnh đạo Văn phòng đăng ký đất đai kiểm tra", StepRole.HEAD, "VPDKDD", "2"),
                step(5, "Lãnh đạo phòng Nông nghiệp và Môi trường thẩm tra", StepRole.HEAD, "NNMT", "1"),
                step(6, "Lãnh đạo UBND ký Giấy chứng nhận", StepRole.SIGNER, "UBND", "3"),
                step(7, "Trả kết quả", StepRole.RETURN, null, "0.5")));
    }

    /** The smallest table: intake, handler, signer, return (birth registration's shape). */
    static Skeleton smallest(String code, String name, String stepName) {
        AdministrativeProcedure procedure = procedure(code, name, null, 8, WorkingTimeUnit.WORKING_HOURS, "Tờ khai");
        return Skeleton.generate(procedure, procedure.getCases().get(0), table(code,
                step(1, "Tiếp nhận", StepRole.INTAKE, null, "1"),
                step(2, stepName, StepRole.HANDLER, null, "4"),
                step(3, "Ký", StepRole.SIGNER, null, "2"),
                step(4, "Trả kết quả", StepRole.RETURN, null, "1")));
    }

    /** Text an attacker (or a careless import) could put in a step table: expressions, markup, quotes. */
    static final String[] HOSTILE = {
        "${execution.getProcessEngineServices().getRuntimeService()}",
        "#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
        "Thẩm định </bpmn:userTask><bpmn:scriptTask scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask> & \"trích\" 'dẫn' \\ ${1+1}",
        "={{applicantName}} <img src=x onerror=alert(1)> [x](javascript:alert(1))",
    };

    /** A table whose every analyst text is hostile; the partner step's name becomes the partner request. */
    static Skeleton hostile() {
        AdministrativeProcedure procedure = procedure("1.013978", HOSTILE[3] + " ${x}", "thu-tuc-tan-cong", 17, WorkingTimeUnit.WORKING_DAYS,
                HOSTILE[0], HOSTILE[3]);
        return Skeleton.generate(procedure, procedure.getCases().get(0), table("1.013978",
                step(1, HOSTILE[0], StepRole.INTAKE, null, "0.5"),
                step(2, HOSTILE[1], StepRole.HANDLER, null, "5"),
                step(3, HOSTILE[2], StepRole.PARTNER, "THUE", "5"),
                step(4, HOSTILE[3], StepRole.HEAD, null, "3"),
                step(5, HOSTILE[2], StepRole.SIGNER, null, "3"),
                step(6, HOSTILE[1], StepRole.RETURN, null, "0.5")));
    }

    static List<InternalProcessStep> steps(InternalProcessStep... steps) {
        return new ArrayList<>(List.of(steps));
    }
}
