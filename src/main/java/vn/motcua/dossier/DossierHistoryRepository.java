package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierHistoryRepository extends JpaRepository<DossierHistory, Long> {

    List<DossierHistory> findByDossierIdOrderByIdAsc(Long dossierId);

    Optional<DossierHistory> findFirstByDossierIdAndToStepIsNullOrderByIdDesc(Long dossierId);
}
