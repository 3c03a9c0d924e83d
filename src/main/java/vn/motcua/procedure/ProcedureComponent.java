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

    protected ProcedureComponent() {
    }

    public ProcedureComponent(String code, String name, boolean mandatory, int copies, int sortOrder) {
        this.code = code;
        this.name = name;
        this.mandatory = mandatory;
        this.copies = copies;
        this.sortOrder = sortOrder;
    }

    void setProcedureCase(ProcedureCase procedureCase) { this.procedureCase = procedureCase; }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isMandatory() { return mandatory; }
    public int getCopies() { return copies; }
    public int getSortOrder() { return sortOrder; }
}
