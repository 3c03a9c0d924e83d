package vn.motcua.procedure;

import java.time.LocalDate;

import jakarta.persistence.*;

/** An agency of the province (cơ quan), identified by its identifier code (mã định danh). */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    /** The Camunda group of the agency's one-stop desk (bộ phận một cửa). */
    @Column(name = "intake_group", nullable = false)
    private String intakeGroup;

    /** First day the agency works (null: always); from the province file (docs/province.md). */
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    /** Last day the agency receives dossiers (null: still open); its running dossiers keep it. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    /** Identifier code of the agency it was merged into (null: none); new dossiers go there after its last day. */
    @Column(name = "successor_code")
    private String successorCode;

    protected Agency() {
    }

    public Agency(String code, String name, AgencyLevel level, Agency parent, String intakeGroup) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.intakeGroup = intakeGroup;
    }

    /** Takes the values of a new version of the province file. */
    public void reorganise(String name, AgencyLevel level, Agency parent, String intakeGroup, LocalDate effectiveFrom,
                           LocalDate effectiveTo) {
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.intakeGroup = intakeGroup;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    /** Records the agency it is merged into (null: none), from the province file. */
    public void mergeInto(String successorCode) {
        this.successorCode = successorCode;
    }

    /** Closes the agency after {@code lastDay} (it left the province file); history and dossiers stay. */
    public void close(LocalDate lastDay) {
        this.effectiveTo = lastDay;
    }

    /** Whether the agency works on the day. */
    public boolean isActiveOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public AgencyLevel getLevel() { return level; }
    public Agency getParent() { return parent; }
    public String getIntakeGroup() { return intakeGroup; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public String getSuccessorCode() { return successorCode; }
}
