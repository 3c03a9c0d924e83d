package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DossierRepository extends JpaRepository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByProcessInstanceId(String processInstanceId);

    /**
     * The log book (form 06 of 2018, 07 of 2025): dossiers an agency's desk received in [from, to), in order of
     * receipt, whichever agency resolves them.
     */
    List<Dossier> findByReceivingAgencyCodeAndReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAtAscIdAsc(
            String receivingAgencyCode, Instant from, Instant to);
}
