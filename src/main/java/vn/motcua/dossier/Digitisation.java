package vn.motcua.dossier;

import java.util.Collection;
import java.util.List;

import vn.motcua.procedure.ProcedureComponent;
import vn.motcua.procedure.RuleSet;

/**
 * The digitisation rule at intake (Circular 03/2025/TT-VPCP Art. 5(2), docs/clerk-guide.md): under a rule set that
 * digitises at intake ({@link RuleSet#digitisesAtIntake()}) each paper handed in at the desk or by post is scanned,
 * except papers only presented for comparison, partner agencies' replies and classified papers (catalogue
 * {@code scanExemption}); a dossier submitted electronically is never scanned. A scan that is not required is
 * accepted, never demanded. Under the 2018 rule set nothing is demanded.
 */
final class Digitisation {

    private Digitisation() {
    }

    /**
     * One problem per paper of {@code handedIn} whose scan is required and not among {@code scanned} (component
     * codes of the files received), field {@code files.<code>}.
     */
    static List<FieldProblem> missingScans(RuleSet ruleSet, Channel channel, Collection<ProcedureComponent> handedIn,
                                           Collection<String> scanned) {
        return handedIn.stream()
                .filter(c -> c.scanRequired(ruleSet, channel == Channel.ONLINE) && !scanned.contains(c.getCode()))
                .map(c -> new FieldProblem("files." + c.getCode(), "Thiếu bản số hóa (bản quét) của thành phần hồ sơ "
                        + c.getCode() + " (" + c.getName() + "): theo bộ quy tắc " + ruleSet.id()
                        + " giấy tờ nộp tại bộ phận một cửa hoặc qua bưu chính phải được số hóa khi tiếp nhận"
                        + " (Thông tư 03/2025/TT-VPCP Điều 5)"))
                .toList();
    }

    /** What the intake form says about a paper: whether to scan it, and why not. */
    static String note(ProcedureComponent component, RuleSet ruleSet, Channel channel) {
        if (!ruleSet.digitisesAtIntake()) {
            return null;
        }
        if (channel == Channel.ONLINE) {
            return "không số hóa: hồ sơ nộp trực tuyến";
        }
        return component.getScanExemption().label();
    }
}
