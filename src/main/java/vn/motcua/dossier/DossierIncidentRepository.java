package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierIncidentRepository extends JpaRepository<DossierIncident, Long> {

    List<DossierIncident> findByDossierIdOrderByIdAsc(Long dossierId);

    Optional<DossierIncident> findByIncidentId(String incidentId);
}
