package vn.motcua.process;

import static vn.motcua.process.DossierProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.FieldProblem;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.ReceivingCentres;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.RuleSet;

/**
 * Start listener of every procedure process ({@code ${dossierRegistration}}). A dossier submitted through
 * the API is already in the register: the process is linked to it. A dossier entered at the counter from
 * Tasklist's start form is registered here, at the desk of the clerk who started it, and gets its code as
 * business key. Either way the dossier's agency is the instance's tenant ({@link DossierTenancy}).
 */
@Component("dossierRegistration")
class DossierRegistrationListener implements ExecutionListener {

    private final DossierRegister register;
    private final ProcedureCatalog catalog;
    private final EngineAccess engine;
    private final BusinessClock clock;
    private final ZoneId zone;
    private final ObjectMapper json;
    private final ReceivingCentres centres;

    DossierRegistrationListener(DossierRegister register, ProcedureCatalog catalog, EngineAccess engine,
                                BusinessClock clock, ZoneId provinceZone, ObjectMapper json, ReceivingCentres centres) {
        this.centres = centres;
        this.register = register;
        this.json = json;
        this.catalog = catalog;
        this.engine = engine;
        this.clock = clock;
        this.zone = provinceZone;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Long dossierId = DOSSIER_ID.get(execution);
        Dossier dossier = dossierId != null ? register.get(dossierId) : registerFromStartForm(execution);
        String tenant = execution.getTenantId();
        if (tenant != null && !tenant.equals(dossier.getAgency().getCode())) {
            throw new IllegalStateException("Quy trình thuộc cơ quan " + tenant + ", hồ sơ " + dossier.getCode()
                    + " thuộc cơ quan " + dossier.getAgency().getCode());
        }
        register.linkProcess(dossier.getId(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(dossier.getCode());
        DOSSIER_ID.set(execution, dossier.getId());
        DOSSIER_CODE.set(execution, dossier.getCode());
        AGENCY_CODE.set(execution, dossier.getAgency().getCode());
        AGENCY_NAME.set(execution, dossier.getAgency().getName());
        // the desk that received it checks it, asks for supplements and hands the stop notice (docs/regimes.md)
        INTAKE_GROUP.set(execution, catalog.agency(dossier.getReceivingAgencyCode()).getIntakeGroup());
        PROCEDURE_CODE.set(execution, dossier.getProcedure().getCode());
        PROCEDURE_NAME.set(execution, dossier.getProcedure().getName());
        CASE_CODE.set(execution, dossier.getProcedureCase().getCode());
        CHANNEL.set(execution, dossier.getChannel().name());
        APPLICANT_NAME.set(execution, dossier.getApplicant().name());
        APPLICANT_ID_NUMBER.set(execution, dossier.getApplicant().idNumber());
        intakeChecklist(execution, dossier);
    }

    /**
     * The intake form's checklist: the case's components as options (names and codes, small data), those
     * that came as attachments ticked already.
     */
    private void intakeChecklist(DelegateExecution execution, Dossier dossier) {
        RuleSet ruleSet = register.ruleSet(dossier);
        boolean online = dossier.getChannel() == Channel.ONLINE;
        List<Map<String, String>> options = dossier.getProcedureCase().getComponents().stream()
                .map(c -> {
                    Map<String, String> option = new LinkedHashMap<>();
                    // Circular 03/2025 Art. 5(2): whether the clerk scans the paper (only under the 2025 rule sets)
                    String scan = !ruleSet.digitisesAtIntake() ? ""
                            : c.scanRequired(ruleSet, online) ? " — cần số hóa"
                            : " — " + (online ? "không số hóa: hồ sơ nộp trực tuyến" : c.getScanExemption().label());
                    option.put("label", c.getName() + (c.isMandatory() ? "" : " (nếu có)") + scan);
                    option.put("value", c.getCode());
                    return option;
                }).toList();
        List<String> uploaded = register.attachedComponents(dossier.getId());
        try {
            COMPONENT_OPTIONS.set(execution, SpinValues.jsonValue(json.writeValueAsString(options)).create());
            COMPONENTS_HANDED_IN.set(execution, SpinValues.jsonValue(json.writeValueAsString(uploaded)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Không tạo được danh sách thành phần hồ sơ", e);
        }
    }

    private Dossier registerFromStartForm(DelegateExecution execution) {
        Instant now = clock.now();
        LocalDate today = now.atZone(zone).toLocalDate();
        String processKey = execution.getProcessDefinitionId().split(":")[0];
        AdministrativeProcedure procedure = catalog.procedureOfProcess(processKey, today);
        // the agency DossierTenancy chose for the instance's tenant (the user's desk or agencyCode, checked)
        String agencyCode = execution.getTenantId() != null ? execution.getTenantId() : AGENCY_CODE.get(execution);
        Agency agency = agencyCode != null ? catalog.agency(agencyCode) : catalog.agencyOfDesk(engine.currentGroupIds());
        // the clerk's desk, when it is another service centre receiving for the agency (docs/regimes.md)
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String receiving = centres.choose(agency, register.ruleSetOn(today), null, engine.currentGroupIds(), true, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).message());
        }
        String caseCode = CASE_CODE.get(execution);
        if (caseCode == null && procedure.getCases().size() == 1) {
            caseCode = procedure.getCases().get(0).getCode();
        }
        String channel = CHANNEL.get(execution);
        var applicant = new Applicant(APPLICANT_NAME.require(execution), APPLICANT_ID_NUMBER.require(execution),
                null, APPLICANT_PHONE.get(execution), APPLICANT_EMAIL.get(execution),
                APPLICANT_ADDRESS.get(execution), null, null);
        return register.register(new NewDossier(agency.getCode(), procedure.getCode(), caseCode,
                channel == null ? Channel.COUNTER : Channel.valueOf(channel), applicant, SUMMARY.get(execution), receiving), now);
    }
}
