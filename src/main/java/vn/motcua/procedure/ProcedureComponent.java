package vn.motcua.procedure;

import jakarta.persistence.*;

/** A document the applicant hands in for a procedure case (thành phần hồ sơ). */
@Entity
@Table(name = "procedure_component")
public class ProcedureComponent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ProcedureCase procedureCase;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(nullable = false)
    private int copies;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Why it is not scanned at intake (Circular 03/2025 Art. 5(2)); {@code NONE}: scanned under the 2025 rules. */
    @Enumerated(EnumType.STRING)
    @Column(name = "scan_exemption", nullable = false)
    private ScanExemption scanExemption = ScanExemption.NONE;

    /** Where the exemption comes from (docs/procedures.md); null when none. */
    @Column(name = "scan_source", length = 1000)
    private String scanSource;

    protected ProcedureComponent() {
    }

    public ProcedureComponent(String code, String name, boolean mandatory, int copies, int sortOrder) {
        this.code = code;
        this.name = name;
        this.mandatory = mandatory;
        this.copies = copies;
        this.sortOrder = sortOrder;
    }

    /** Catalogue data, refreshed at every load (it describes the paper, it changes no dossier's deadline). */
    void describeScan(ScanExemption exemption, String source) {
        this.scanExemption = exemption == null ? ScanExemption.NONE : exemption;
        this.scanSource = source;
    }

    /**
     * Whether the clerk must scan this paper at intake: only under a rule set that digitises at intake, never for a
     * dossier submitted electronically, never for an exempt paper (Circular 03/2025 Art. 5(2)).
     */
    public boolean scanRequired(RuleSet ruleSet, boolean submittedOnline) {
        return ruleSet.digitisesAtIntake() && !submittedOnline && scanExemption == ScanExemption.NONE;
    }

    void setProcedureCase(ProcedureCase procedureCase) { this.procedureCase = procedureCase; }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isMandatory() { return mandatory; }
    public int getCopies() { return copies; }
    public int getSortOrder() { return sortOrder; }
    public ScanExemption getScanExemption() { return scanExemption; }
    public String getScanSource() { return scanSource; }
}
