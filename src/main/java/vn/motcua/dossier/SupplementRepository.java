package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplementRepository extends JpaRepository<Supplement, Long> {

    List<Supplement> findByDossierIdOrderByIdAsc(Long dossierId);

    Optional<Supplement> findFirstByDossierIdOrderByIdDesc(Long dossierId);

    long countByDossierIdAndAgencyIdAndStage(Long dossierId, Long agencyId, Supplement.Stage stage);
}
