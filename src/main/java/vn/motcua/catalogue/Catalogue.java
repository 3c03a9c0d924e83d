package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.InternalProcess;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;

/**
 * A catalogue as imported (docs/catalogue-import.md): procedure versions and the step tables of their cases. The
 * same file in JSON, CSV or XLSX reads to an equal value.
 */
public record Catalogue(List<Version> procedures, List<StepTable> stepTables) {

    public Catalogue {
        procedures = List.copyOf(procedures);
        stepTables = List.copyOf(stepTables);
    }

    /**
     * One version of a procedure.
     *
     * @param agency     identifier code of the agency that resolves it (cơ quan thực hiện), or null when the version
     *                   is resolved by every agency of its level (e.g. every commune)
     * @param processKey the BPMN process that carries it, or null: the key of the earlier versions of the code, else
     *                   {@code tthc-<code with dots as dashes>} (docs/catalogue-import.md)
     * @param verified   false when a value could not be checked against the cited source
     */
    public record Version(String code, String name, String field, AgencyLevel level, String agency, String processKey,
                          OnlineServiceType onlineServiceType, LocalDate effectiveFrom, LocalDate effectiveTo,
                          String source, boolean verified, List<Case> cases) {
        public Version {
            cases = List.copyOf(cases);
        }

        public String key() {
            return code + "@" + effectiveFrom;
        }
    }

    /** A case (trường hợp) with its durations per channel, in its unit. */
    public record Case(String code, String name, int duration, WorkingTimeUnit unit, Integer onlineDuration,
                       Integer postalDuration, boolean noAppointment, boolean after1500NextDay, PausePolicy pausePolicy,
                       long feeVnd, List<Component> components) {
        public Case {
            components = List.copyOf(components);
        }
    }

    /** A paper of the dossier (thành phần hồ sơ). */
    public record Component(String code, String name, boolean mandatory, int copies) {
    }

    /** The approved internal process of one case of one version, and whether it was checked against its source. */
    public record StepTable(InternalProcess process, boolean verified) {

        public String key() {
            return process.procedureCode() + "@" + process.effectiveFrom() + "#" + process.caseCode();
        }
    }
}
