package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.process.BirthRegistration;
import vn.motcua.process.DossierProcess;
import vn.motcua.process.FirstLandUseCertificate;
import vn.motcua.process.IndividualHouseConstructionPermit;
import vn.motcua.process.InterAgencyTransfer;
import vn.motcua.process.JudicialRecordCertificate;
import vn.motcua.process.ResultSignature;
import vn.motcua.process.StepDeadlines;

/**
 * The decisions of the procedure library at their edges: the 10/15-day judicial record decision, the new routing
 * rules, the partner decision and the step shares.
 */
class ProcedureDecisionsTest {

    static DmnEngine dmn;
    static DmnDecision duration;
    static DmnDecision routing;
    static DmnDecision partners;
    static DmnDecision shares;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        duration = parse(JudicialRecordCertificate.DURATION_DECISION);
        routing = parse(DossierProcess.ROUTING_DECISION);
        partners = parse(InterAgencyTransfer.PARTNER_DECISION);
        shares = parse(StepDeadlines.DECISION);
    }

    private static DmnDecision parse(String id) throws Exception {
        try (InputStream in = ProcedureDecisionsTest.class.getResourceAsStream("/decisions/" + id + ".dmn")) {
            return dmn.parseDecision(id, in);
        }
    }

    private static Map<String, Object> duration(Boolean severalProvinces, Boolean foreign, Boolean conviction) {
        VariableMap v = Variables.createVariables().putValue(JudicialRecordCertificate.RESIDED_IN_SEVERAL_PROVINCES.name(), severalProvinces)
                .putValue(JudicialRecordCertificate.FOREIGN_ELEMENT.name(), foreign)
                .putValue(JudicialRecordCertificate.CONVICTION_CHECK_NEEDED.name(), conviction);
        return dmn.evaluateDecisionTable(duration, v).getFirstResult();
    }

    @Test
    void shouldGiveTenDaysWhenNoVerificationIsNeeded() {
        assertThat(duration(false, false, false)).containsEntry("caseCode", "TH1").containsEntry("durationDays", 10)
                .containsEntry("policeDays", 5).containsEntry("verificationNeeded", false);
        assertThat(duration(null, null, null)).as("unticked boxes in the form").containsEntry("durationDays", 10);
    }

    @Test
    void shouldGiveFifteenDaysForEachReasonToVerify() {
        for (Map<String, Object> result : new Map[] {duration(true, false, false), duration(false, true, false),
                duration(false, false, true), duration(true, true, true)}) {
            assertThat(result).containsEntry("caseCode", "TH2").containsEntry("durationDays", 20)
                    .containsEntry("policeDays", 9).containsEntry("verificationNeeded", true);
        }
    }

    private static Map<String, Object> route(String procedure, String agency) {
        return dmn.evaluateDecisionTable(routing, Variables.createVariables().putValue("procedureCode", procedure)
                .putValue("agencyCode", agency)).getSingleResult();
    }

    @Test
    void shouldRouteEachNewProcedureAtItsDemoAgency() {
        assertThat(route("2.000488", "000.00.12.H10")).containsEntry("handlerGroup", "chuyenvien-lltp-sotuphap")
                .containsEntry("headGroup", "lanhdao-lltp-sotuphap").containsEntry("signerGroup", "lanhdao-sotuphap")
                .containsEntry("returnGroup", "motcua-sotuphap");
        assertThat(route("1.009974", "000.00.20.H10")).containsEntry("handlerGroup", "chuyenvien-qldt-dongxoai")
                .containsEntry("headGroup", "lanhdao-qldt-dongxoai").containsEntry("signerGroup", "lanhdao-ubnd-dongxoai")
                .containsEntry("returnGroup", "traketqua-dongxoai");
        assertThat(route("1.004227", "000.00.20.H10")).containsEntry("handlerGroup", "chuyenvien-vpdk-dongxoai")
                .containsEntry("headGroup", "lanhdao-vpdk-dongxoai").containsEntry("signerGroup", "lanhdao-ubnd-dongxoai");
        assertThat(route("1.001193", "000.20.31.H10")).containsEntry("handlerGroup", "tuphap-hotich-tanphu")
                .containsEntry("signerGroup", "lanhdao-ubnd-tanphu").containsEntry("returnGroup", "motcua-tanphu");
    }

    @Test
    void shouldNotRouteANewProcedureAtAnotherAgency() {
        assertThat(route("2.000488", "000.00.20.H10")).isNull();
        assertThat(route("1.001193", "000.00.20.H10")).as("birth registration is a commune procedure").isNull();
        assertThat(route("1.004227", "000.20.31.H10")).isNull();
        assertThat(route("1.009974", "000.00.12.H10")).isNull();
    }

    private static Map<String, Object> partner(String procedure, String agency, String role) {
        return dmn.evaluateDecisionTable(partners, Variables.createVariables().putValue("procedureCode", procedure)
                .putValue("agencyCode", agency).putValue("partnerRole", role)).getSingleResult();
    }

    @Test
    void shouldChooseThePartnerByProcedureAgencyAndRole() {
        assertThat(partner("2.000488", "000.00.12.H10", "CONG_AN")).containsEntry("partnerGroup", "congan-hoso-binhphuoc");
        assertThat(partner("1.004227", "000.00.20.H10", "UBND_XA")).containsEntry("partnerGroup", "diachinh-tanphu");
        assertThat(partner("1.004227", "000.00.20.H10", "THUE")).containsEntry("partnerGroup", "thue-dongxoai");
        assertThat(partner("1.004227", "000.00.20.H10", "CONG_AN")).isNull();
        assertThat(partner("2.000488", "000.00.20.H10", "CONG_AN")).isNull();
    }

    private static Number share(String procedure, Enum<?> step) {
        return (Number) dmn.evaluateDecisionTable(shares, Variables.createVariables().putValue("procedureCode", procedure)
                .putValue("step", step.name())).getFirstResult().getSingleEntry();
    }

    @Test
    void shouldGiveEachNewStepItsOwnShareBeforeTheDefaults() {
        assertThat(share("2.000488", JudicialRecordCertificate.Element.Task_SearchDatabase)).isEqualTo(20.0);
        assertThat(share("2.000488", JudicialRecordCertificate.Element.Task_VerifyResidence)).isEqualTo(30.0);
        assertThat(share("1.009974", IndividualHouseConstructionPermit.Element.Task_SiteInspection))
                .as("procedure rule wins over the default 20").isEqualTo(30.0);
        assertThat(share("1.009974", IndividualHouseConstructionPermit.Element.Task_AppraiseSupplement)).isEqualTo(10.0);
        assertThat(share("1.004227", FirstLandUseCertificate.Element.Task_PrepareCadastral)).isEqualTo(20.0);
        assertThat(share("1.001193", BirthRegistration.Element.Task_Appraise)).as("same-day procedure").isEqualTo(60.0);
        assertThat(share("1.001193", ResultSignature.Element.Task_Sign)).isEqualTo(30.0);
        assertThat(share("9.999999", BirthRegistration.Element.Task_Appraise)).as("default").isEqualTo(50.0);
    }

    @Test
    void shouldKeepTheSharesOfEveryPathWithinTheLegalTime() {
        // longest sequential path of each procedure (parallel steps count once, the longer branch)
        assertThat(sum("2.000488", JudicialRecordCertificate.Element.Task_SearchDatabase,
                JudicialRecordCertificate.Element.Task_VerifyResidence,
                JudicialRecordCertificate.Element.Task_Appraise,
                JudicialRecordCertificate.Element.Task_Review,
                ResultSignature.Element.Task_Sign)).isLessThanOrEqualTo(100.0);
        assertThat(sum("1.009974", IndividualHouseConstructionPermit.Element.Task_Appraise,
                IndividualHouseConstructionPermit.Element.Task_AppraiseSupplement,
                IndividualHouseConstructionPermit.Element.Task_SiteInspection,
                IndividualHouseConstructionPermit.Element.Task_DraftResult,
                IndividualHouseConstructionPermit.Element.Task_Review,
                ResultSignature.Element.Task_Sign)).isLessThanOrEqualTo(100.0);
        assertThat(sum("1.004227", FirstLandUseCertificate.Element.Task_Appraise,
                FirstLandUseCertificate.Element.Task_PrepareCadastral,
                FirstLandUseCertificate.Element.Task_DraftCertificate,
                FirstLandUseCertificate.Element.Task_Review,
                ResultSignature.Element.Task_Sign)).isLessThanOrEqualTo(100.0);
        assertThat(sum("1.001193", BirthRegistration.Element.Task_Appraise,
                ResultSignature.Element.Task_Sign)).isLessThanOrEqualTo(100.0);
    }

    private static double sum(String procedure, Enum<?>... steps) {
        double total = 0;
        for (Enum<?> step : steps) {
            total += share(procedure, step).doubleValue();
        }
        return total;
    }
}
