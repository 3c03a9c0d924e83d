package vn.motcua.signature;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface SignedResultRepository extends CrudRepository<SignedResult, Long> {

    Optional<SignedResult> findFirstByDossierIdOrderBySignedAtDescIdDesc(Long dossierId);
}
