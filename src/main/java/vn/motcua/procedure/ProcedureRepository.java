package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureRepository extends JpaRepository<AdministrativeProcedure, Long> {

    List<AdministrativeProcedure> findByCodeOrderByEffectiveFromDesc(String code);

    List<AdministrativeProcedure> findByProcessKeyOrderByEffectiveFromDesc(String processKey);

    Optional<AdministrativeProcedure> findByCodeAndEffectiveFrom(String code, LocalDate effectiveFrom);
}
