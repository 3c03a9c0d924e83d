package vn.motcua.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the catalogue: agencies by identifier code, procedures in force on a day. */
@Service
@Transactional(readOnly = true)
public class ProcedureCatalog {

    private final AgencyRepository agencies;
    private final ProcedureRepository procedures;
    private final Clock clock;

    /** @param clock the wall clock in the province's zone: "today" is the province's day, not the server's */
    ProcedureCatalog(AgencyRepository agencies, ProcedureRepository procedures, Clock clock) {
        this.agencies = agencies;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** Today in the province (an agency closed "after 30/06" stops receiving at midnight there, 17:00 UTC). */
    public LocalDate today() {
        return LocalDate.now(clock);
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

    /** The procedure a BPMN process carries, in force on the day. */
    public AdministrativeProcedure procedureOfProcess(String processKey, LocalDate day) {
        return procedures.findByProcessKeyOrderByEffectiveFromDesc(processKey).stream()
                .filter(p -> p.isEffectiveOn(day))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        "Không có thủ tục hành chính nào dùng quy trình '" + processKey + "' có hiệu lực ngày " + day));
    }

    /**
     * The agency whose one-stop desk is one of the given groups (the desk a clerk works at); an agency closed by a
     * reorganisation of the province file (docs/province.md) no longer receives.
     */
    public Agency agencyOfDesk(java.util.Collection<String> groups) {
        LocalDate today = today();
        List<Agency> desks = agencies.findByIntakeGroupIn(groups).stream().filter(a -> a.isActiveOn(today)).toList();
        if (desks.size() != 1) {
            throw new IllegalStateException(desks.isEmpty()
                    ? "Người dùng không thuộc bộ phận một cửa của cơ quan nào"
                    : "Người dùng thuộc bộ phận một cửa của nhiều cơ quan: cần chọn mã cơ quan");
        }
        return desks.get(0);
    }

    /** The agencies in force today whose desk is one of the groups. */
    public List<Agency> agenciesOfDesks(java.util.Collection<String> groups) {
        LocalDate today = today();
        return groups.isEmpty() ? List.of()
                : agencies.findByIntakeGroupIn(groups).stream().filter(a -> a.isActiveOn(today)).toList();
    }

    public ProcedureCase procedureCase(AdministrativeProcedure procedure, String caseCode) {
        return procedure.findCase(caseCode)
                .orElseThrow(() -> new NoSuchElementException(
                        "Thủ tục " + procedure.getCode() + " không có trường hợp '" + caseCode + "'"));
    }
}
