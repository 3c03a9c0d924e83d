package vn.motcua.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import vn.motcua.procedure.AgencyMemberships;
import vn.motcua.procedure.AgencyRepository;

/**
 * Applying the demo province on top of the demo one-stop shop: the start already applied it, so a second run
 * changes nothing; a renamed group is one update; a removed agency is closed (its tenant kept for the
 * province managers, its desk loses its rights) and its dossiers and their history stay as they were.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:motcua-province;DB_CLOSE_DELAY=-1",
        "motcua.demo.enabled=true",
        "motcua.documents.dir=target/test-documents",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class ProvinceApplierTest {

    static final String BINH_LONG = "000.00.21.H10";

    @Autowired
    java.time.Clock clock;
    @Autowired
    ProvinceApplier applier;
    @Autowired
    ProvinceChangeRepository audit;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgencyMemberships memberships;

    @Test
    @Order(1)
    void theSecondRunChangesNothing() {
        Province demo = ProvinceValidatorTest.demo();
        assertThat(applier.diff(demo)).isEmpty();
        assertThat(applier.apply(demo, "test")).isEmpty();
        assertThat(identity.createTenantQuery().count()).isEqualTo(5);
        assertThat(identity.createTenantQuery().tenantId("000.00.12.H10").groupMember("motcua-tinh").count()).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("motcua-dongxoai")
                .resourceType(Resources.PROCESS_DEFINITION).count()).isEqualTo(3);

        // the register's memberships (monitoring readers, a directory's tenants) are exactly the engine's
        java.util.Set<String> engine = new java.util.TreeSet<>();
        identity.createTenantQuery().list().forEach(t -> identity.createGroupQuery().memberOfTenant(t.getId()).list()
                .forEach(g -> engine.add(t.getId() + " ← " + g.getId())));
        assertThat(memberships.all()).extracting(r -> r.tenantId() + " ← " + r.groupId()).containsExactlyInAnyOrderElementsOf(engine);
        assertThat(memberships.managersAmong(List.of("quanly-dongxoai"))).singleElement().satisfies(r -> {
            assertThat(r.tenantId()).isEqualTo("000.00.20.H10");
            assertThat(r.provinceWide()).isFalse();
        });
        assertThat(memberships.managersAmong(List.of("quanly"))).hasSize(5).allMatch(AgencyMemberships.Row::provinceWide);
        assertThat(memberships.managersAmong(List.of("motcua-dongxoai", "chuyenvien-tckh-dongxoai", "phantich"))).isEmpty();
    }

    @Test
    @Order(2)
    void aRenamedGroupIsOneUpdateWithItsAuditRow() {
        Province demo = ProvinceValidatorTest.demo();
        Province renamed = ProvinceValidatorTest.withAgency(demo, 2, a -> new Province.AgencyEntry(a.code(), a.name(),
                a.level(), a.parent(), a.effectiveFrom(), a.effectiveTo(), a.desk(), List.of(
                new Province.Unit("tckh-binhlong", "Phòng Kinh tế thị xã Bình Long", List.of(
                        new Province.GroupEntry("chuyenvien-tckh-binhlong", "Chuyên viên Phòng Kinh tế Bình Long", "handler"),
                        new Province.GroupEntry("lanhdao-tckh-binhlong", "Lãnh đạo Phòng Tài chính - Kế hoạch Bình Long", "head"))),
                a.units().get(1)), a.partners(), a.resolves()));
        assertThat(applier.diff(renamed)).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Change.Action.UPDATE);
            assertThat(c.subject()).isEqualTo(Change.Subject.GROUP);
            assertThat(c.subjectId()).isEqualTo("chuyenvien-tckh-binhlong");
        });
        long before = audit.count();
        List<ProvinceChange> rows = applier.apply(renamed, "test");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.getProvinceVersion()).isEqualTo(demo.version());
            assertThat(r.getDetail()).contains("Chuyên viên Phòng Kinh tế Bình Long");
        });
        assertThat(audit.count()).isEqualTo(before + 1);
        assertThat(identity.createGroupQuery().groupId("chuyenvien-tckh-binhlong").singleResult().getName())
                .isEqualTo("Chuyên viên Phòng Kinh tế Bình Long");
        assertThat(applier.apply(demo, "test")).hasSize(1);
    }

    @Test
    @Order(3)
    void aRemovedAgencyIsClosedAndItsDossiersKeepTheirHistory() {
        Province demo = ProvinceValidatorTest.demo();
        long dossiers = count("select count(*) from dossier d join agency a on a.id = d.agency_id where a.code = ?");
        long history = count("select count(*) from dossier_history h join dossier d on d.id = h.dossier_id"
                + " join agency a on a.id = d.agency_id where a.code = ?");
        List<Province.AgencyEntry> left = new ArrayList<>(demo.agencies());
        left.removeIf(a -> a.code().equals(BINH_LONG));
        Province without = new Province(demo.id(), demo.name(), "2026-12-01.1", left,
                demo.serviceCentres().stream().filter(c -> !c.id().equals("motcua-binhlong")).toList(), demo.provinceGroups());

        List<ProvinceChange> rows = applier.apply(without, "test");

        assertThat(rows).anySatisfy(r -> {
            assertThat(r.getAction()).isEqualTo("DEACTIVATE");
            assertThat(r.getSubjectId()).isEqualTo(BINH_LONG);
        });
        assertThat(agencies.findByCode(BINH_LONG).orElseThrow().getEffectiveTo())
                .as("closed before the province's today").isBefore(LocalDate.now(clock));
        assertThat(identity.createTenantQuery().tenantId(BINH_LONG).count()).isEqualTo(1);
        assertThat(identity.createGroupQuery().memberOfTenant(BINH_LONG).list()).extracting(g -> g.getId())
                .containsExactly("quanly");
        assertThat(memberships.all()).filteredOn(r -> r.tenantId().equals(BINH_LONG)).extracting(AgencyMemberships.Row::groupId)
                .containsExactly("quanly");
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("motcua-binhlong")
                .resourceType(Resources.PROCESS_DEFINITION).count()).isZero();
        assertThat(count("select count(*) from dossier d join agency a on a.id = d.agency_id where a.code = ?"))
                .isEqualTo(dossiers);
        assertThat(count("select count(*) from dossier_history h join dossier d on d.id = h.dossier_id"
                + " join agency a on a.id = d.agency_id where a.code = ?")).isEqualTo(history);
        assertThat(applier.apply(without, "test")).isEmpty();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, BINH_LONG);
    }
}
