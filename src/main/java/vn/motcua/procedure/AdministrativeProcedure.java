package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.*;

/** An administrative procedure (thủ tục hành chính) as published, with its cases. */
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

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getField() { return field; }
    public String getProcessKey() { return processKey; }
    public OnlineServiceType getOnlineServiceType() { return onlineServiceType; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public List<ProcedureCase> getCases() { return cases; }
}
