package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.*;

/**
 * One version of an administrative procedure (thủ tục hành chính) as published, with its cases: a legal change
 * (new code, new level of the resolving agency, new durations) is a new version with its own effective dates,
 * carried by the same process. A dossier keeps the version in force on the day it was received.
 */
@Entity
@Table(name = "admin_procedure")
public class AdministrativeProcedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String field;

    /** The BPMN process id that carries dossiers of this procedure. */
    @Column(name = "process_key", nullable = false)
    private String processKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_service_type", nullable = false)
    private OnlineServiceType onlineServiceType;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    /** Level of the agency that resolves it in this version (districts until 30/06/2025, then communes). */
    @Enumerated(EnumType.STRING)
    @Column(name = "resolving_level")
    private AgencyLevel resolvingLevel;

    /** Where the code, level and durations of this version come from (docs/procedures.md). */
    @Column(name = "legal_source", length = 1000)
    private String source;

    /**
     * The 2-digit prefix AA of the dossier code for a procedure served by a nationwide centralised system (Circular
     * 04/2025/TT-VPCP, code format {@code TT04-2025} only); null for the others. Checked at catalogue load.
     */
    @Column(name = "system_prefix", length = 2)
    private String systemPrefix;

    @Column(name = "system_prefix_source", length = 1000)
    private String systemPrefixSource;

    /** Identifier code of the agency that resolves this version, when the imported catalogue names one. */
    @Column(name = "agency_code")
    private String agencyCode;

    /** False when a value of this version could not be checked against its cited source (docs/catalogue-import.md). */
    @Column(name = "verified", nullable = false)
    private boolean verified = true;

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProcedureCase> cases = new ArrayList<>();

    protected AdministrativeProcedure() {
    }

    public AdministrativeProcedure(String code, String name, String field, String processKey,
                                   OnlineServiceType onlineServiceType, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this.code = code;
        this.name = name;
        this.field = field;
        this.processKey = processKey;
        this.onlineServiceType = onlineServiceType;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    public ProcedureCase addCase(ProcedureCase procedureCase) {
        procedureCase.setProcedure(this);
        cases.add(procedureCase);
        return procedureCase;
    }

    public Optional<ProcedureCase> findCase(String caseCode) {
        return cases.stream().filter(c -> c.getCode().equals(caseCode)).findFirst();
    }

    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    void update(String name, String field, String processKey, OnlineServiceType type, LocalDate effectiveTo) {
        this.name = name;
        this.field = field;
        this.processKey = processKey;
        this.onlineServiceType = type;
        this.effectiveTo = effectiveTo;
    }

    void describe(AgencyLevel resolvingLevel, String source) {
        this.resolvingLevel = resolvingLevel;
        this.source = source;
    }

    void centralisedSystem(String prefix, String source) {
        this.systemPrefix = prefix;
        this.systemPrefixSource = source;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getField() { return field; }
    public String getProcessKey() { return processKey; }
    public OnlineServiceType getOnlineServiceType() { return onlineServiceType; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public AgencyLevel getResolvingLevel() { return resolvingLevel; }
    public String getSource() { return source; }
    public String getSystemPrefix() { return systemPrefix; }
    public String getSystemPrefixSource() { return systemPrefixSource; }
    public List<ProcedureCase> getCases() { return cases; }
    public String getAgencyCode() { return agencyCode; }
    public boolean isVerified() { return verified; }
}
