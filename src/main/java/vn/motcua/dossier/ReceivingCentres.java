package vn.motcua.dossier;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedure.Agency;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.RuleSet;

/**
 * Which service centre received a dossier (docs/regimes.md, "Receiving centre ≠ resolving agency"). A service
 * centre is the desk (intake group) of an agency of the province file: the provincial centre is the province's desk,
 * a commune centre its commune's. Under a rule set with {@link RuleSet#otherCentresReceive()} (Decree 118/2025,
 * from 01/07/2025) it may be any centre that receives for the resolving agency (the province file's
 * {@code serviceCentres[].receivesFor}, kept on {@link Agency#getReceivingDesks()}); before, the receiving agency is
 * the resolving one. Codes, deadlines and the tenant stay on the resolving agency.
 */
@Service
@Transactional(readOnly = true)
public class ReceivingCentres {

    static final String FIELD = "receivingAgencyCode";

    private final ProcedureCatalog catalog;

    ReceivingCentres(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The receiving agency of a new dossier of {@code resolving}: the one named, checked; or, when none is named,
     * the caller's desk (a group of {@code callerGroups}) when it receives for the resolving agency, else the
     * resolving agency. {@code anyDesk}: the caller may name any centre (an administrator, the application
     * itself); otherwise a named centre must be one of the caller's desks. Every problem goes to {@code errors},
     * field {@value #FIELD}; the answer is then null.
     */
    public String choose(Agency resolving, RuleSet ruleSet, String named, Collection<String> callerGroups,
                         boolean anyDesk, List<FieldProblem> errors) {
        if (callerGroups == null) {
            callerGroups = List.of();
        }
        if (named == null || named.isBlank()) {
            return derive(resolving, ruleSet, callerGroups, errors);
        }
        Agency centre;
        try {
            centre = catalog.agency(named);
        } catch (NoSuchElementException e) {
            errors.add(new FieldProblem(FIELD, e.getMessage()));
            return null;
        }
        Optional<String> problem = problem(resolving, ruleSet, centre);
        if (problem.isPresent()) {
            errors.add(new FieldProblem(FIELD, problem.get()));
            return null;
        }
        if (!anyDesk && !centre.getCode().equals(resolving.getCode()) && !callerGroups.contains(centre.getIntakeGroup())) {
            errors.add(new FieldProblem(FIELD, "Người dùng không làm việc tại bộ phận tiếp nhận " + centre.getIntakeGroup()
                    + " của cơ quan " + centre.getCode()));
            return null;
        }
        return centre.getCode();
    }

    /**
     * Why {@code centre} cannot have received a dossier that {@code resolving} resolves under the rule set; empty
     * when it can. The register checks it again for every dossier, whichever way it came.
     */
    public Optional<String> problem(Agency resolving, RuleSet ruleSet, Agency centre) {
        if (centre.getCode().equals(resolving.getCode())) {
            return Optional.empty();
        }
        if (!ruleSet.otherCentresReceive()) {
            return Optional.of("Theo bộ quy tắc " + ruleSet.id() + " hồ sơ do chính cơ quan giải quyết "
                    + resolving.getCode() + " tiếp nhận, không phải cơ quan " + centre.getCode());
        }
        if (!resolving.isReceivedAt(centre.getIntakeGroup())) {
            return Optional.of("Bộ phận tiếp nhận " + centre.getIntakeGroup() + " của cơ quan " + centre.getCode()
                    + " không tiếp nhận hồ sơ cho cơ quan " + resolving.getCode() + " (tệp tỉnh: serviceCentres[].receivesFor)");
        }
        if (!centre.isActiveOn(catalog.today())) {
            return Optional.of("Cơ quan " + centre.getCode() + " đã ngừng tiếp nhận hồ sơ từ sau ngày " + centre.getEffectiveTo());
        }
        return Optional.empty();
    }

    private String derive(Agency resolving, RuleSet ruleSet, Collection<String> callerGroups, List<FieldProblem> errors) {
        if (!ruleSet.otherCentresReceive() || callerGroups.contains(resolving.getIntakeGroup())) {
            return resolving.getCode();
        }
        List<Agency> desks = catalog.agenciesOfDesks(callerGroups).stream()
                .filter(a -> resolving.isReceivedAt(a.getIntakeGroup())).toList();
        if (desks.size() > 1) {
            errors.add(new FieldProblem(FIELD, "Người dùng làm việc tại nhiều bộ phận tiếp nhận hồ sơ cho cơ quan "
                    + resolving.getCode() + ": cần chọn mã cơ quan tiếp nhận ("
                    + String.join(", ", desks.stream().map(Agency::getCode).toList()) + ")"));
            return null;
        }
        return desks.isEmpty() ? resolving.getCode() : desks.get(0).getCode();
    }
}
