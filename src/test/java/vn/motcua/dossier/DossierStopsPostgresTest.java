package vn.motcua.dossier;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.RuleSets;

/** {@link DossierStops} on PostgreSQL: runs when {@code MOTCUA_TEST_PG_URL} names a database. */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_PG_URL", matches = ".+")
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({DossierRegister.class, DossierCodes.class, ProcedureCatalog.class, RuleSets.class, ReceivingCentres.class,
        RegimeBoundaries.Beans.class})
class DossierStopsPostgresTest extends DossierStops {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DossierCodesPostgresTest.database(registry);
    }
}
