package vn.motcua.sla;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClockPauseRepository extends JpaRepository<ClockPause, Long> {

    boolean existsByDossierIdAndKindAndAgencyCode(Long dossierId, PauseKind kind, String agencyCode);

    Optional<ClockPause> findFirstByDossierIdAndEndedAtIsNullOrderByIdDesc(Long dossierId);
}
