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

    /**
     * The service centres (group ids) other than its own desk that receive its dossiers, comma separated: the
     * province file's {@code serviceCentres[].receivesFor} (docs/province.md). Null when none.
     */
    @Column(name = "receiving_desks", length = 2000)
    private String receivingDesks;

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

    /** The other service centres receiving its dossiers, from the province file. */
    public void receivedAlsoAt(java.util.Collection<String> desks) {
        java.util.List<String> others = desks.stream().filter(d -> !d.equals(intakeGroup)).distinct().sorted().toList();
        this.receivingDesks = others.isEmpty() ? null : String.join(",", others);
    }

    /** The other service centres receiving its dossiers (group ids), sorted. */
    public java.util.List<String> getReceivingDesks() {
        return receivingDesks == null ? java.util.List.of() : java.util.List.of(receivingDesks.split(","));
    }

    /** Whether the service centre (a group id) receives the agency's dossiers: its own desk or one of the others. */
    public boolean isReceivedAt(String desk) {
        return desk != null && (desk.equals(intakeGroup) || getReceivingDesks().contains(desk));
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
