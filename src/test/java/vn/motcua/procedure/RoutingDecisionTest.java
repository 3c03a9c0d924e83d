package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The routing table {@code decisions/phan-cong-xu-ly.dmn} at its edges. */
class RoutingDecisionTest {

    static DmnEngine dmn;
    static DmnDecision routing;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = RoutingDecisionTest.class.getResourceAsStream("/decisions/phan-cong-xu-ly.dmn")) {
            routing = dmn.parseDecision("phan-cong-xu-ly", in);
        }
    }

    private DmnDecisionResultEntries route(String procedure, String agency) {
        return dmn.evaluateDecision(routing,
                Variables.createVariables().putValue("procedureCode", procedure).putValue("agencyCode", agency))
                .getSingleResult();
    }

    @Test
    void shouldRouteHouseholdBusinessesOfDongXoaiToItsFinanceAndPlanningDivision() {
        Map<String, Object> entries = route("1.001612", "000.00.20.H10");
        assertThat(entries).containsEntry("handlerGroup", "chuyenvien-tckh-dongxoai")
                .containsEntry("headGroup", "lanhdao-tckh-dongxoai")
                .containsEntry("signerGroup", "lanhdao-ubnd-dongxoai")
                .containsEntry("returnGroup", "traketqua-dongxoai")
                .containsEntry("handlingUnit", "Phòng Tài chính - Kế hoạch thành phố Đồng Xoài");
    }

    @Test
    void shouldKeepEachAgencysDossiersInsideThatAgency() {
        assertThat(route("1.001612", "000.00.21.H10")).containsEntry("handlerGroup", "chuyenvien-tckh-binhlong")
                .containsEntry("signerGroup", "lanhdao-ubnd-binhlong");
    }

    @Test
    void shouldFindNoRuleForAnUnknownAgencyOrProcedure() {
        assertThat(route("1.001612", "000.00.99.H10")).isNull();
        assertThat(route("1.009974", "000.00.21.H10")).isNull();
        assertThat(route("1.001612", null)).isNull();
    }

    @Test
    void shouldMatchCodesExactlyNotByPrefix() {
        assertThat(route("1.0016121", "000.00.20.H10")).isNull();
    }
}
