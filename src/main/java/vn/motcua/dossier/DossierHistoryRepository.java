package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierHistoryRepository extends JpaRepository<DossierHistory, Long> {

    List<DossierHistory> findByDossierIdOrderByIdAsc(Long dossierId);

    Optional<DossierHistory> findFirstByDossierIdAndToStepIsNullOrderByIdDesc(Long dossierId);

    /** The hand-over before one at {@code at}: the latest at or before it (ties: the last written). */
    Optional<DossierHistory> findFirstByDossierIdAndHandedAtLessThanEqualOrderByHandedAtDescIdDesc(Long dossierId, Instant at);
}
