package vn.motcua.procedure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureRepository extends JpaRepository<AdministrativeProcedure, Long> {

    List<AdministrativeProcedure> findByCodeOrderByEffectiveFromDesc(String code);

    Optional<AdministrativeProcedure> findByCodeAndEffectiveFrom(String code, java.time.LocalDate effectiveFrom);
}
