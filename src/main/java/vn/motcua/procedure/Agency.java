package vn.motcua.procedure;

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

    protected Agency() {
    }

    public Agency(String code, String name, AgencyLevel level, Agency parent, String intakeGroup) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.intakeGroup = intakeGroup;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public AgencyLevel getLevel() { return level; }
    public Agency getParent() { return parent; }
    public String getIntakeGroup() { return intakeGroup; }
}
