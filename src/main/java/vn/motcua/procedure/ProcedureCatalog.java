package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the catalogue: agencies by identifier code, procedures in force on a day. */
@Service
@Transactional(readOnly = true)
public class ProcedureCatalog {

    private final AgencyRepository agencies;
    private final ProcedureRepository procedures;

    ProcedureCatalog(AgencyRepository agencies, ProcedureRepository procedures) {
        this.agencies = agencies;
        this.procedures = procedures;
    }

    public Agency agency(String code) {
        return agencies.findByCode(code)
                .orElseThrow(() -> new NoSuchElementException("Không có cơ quan với mã định danh '" + code + "'"));
    }

    /** The version of the procedure in force on the day (the rules a dossier received that day keeps). */
    public AdministrativeProcedure procedureInForce(String code, LocalDate day) {
        return procedures.findByCodeOrderByEffectiveFromDesc(code).stream()
                .filter(p -> p.isEffectiveOn(day))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        "Không có thủ tục hành chính mã '" + code + "' có hiệu lực ngày " + day));
    }

    public ProcedureCase procedureCase(AdministrativeProcedure procedure, String caseCode) {
        return procedure.findCase(caseCode)
                .orElseThrow(() -> new NoSuchElementException(
                        "Thủ tục " + procedure.getCode() + " không có trường hợp '" + caseCode + "'"));
    }
}
