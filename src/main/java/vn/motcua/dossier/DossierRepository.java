package vn.motcua.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByProcessInstanceId(String processInstanceId);
}
