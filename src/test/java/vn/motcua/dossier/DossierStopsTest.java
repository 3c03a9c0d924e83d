package vn.motcua.dossier;

import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.RuleSets;

/** {@link DossierStops} on H2 with the Flyway schema. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({DossierRegister.class, DossierCodes.class, ProcedureCatalog.class, RuleSets.class, ReceivingCentres.class,
        RegimeBoundaries.Beans.class})
class DossierStopsTest extends DossierStops {
}
