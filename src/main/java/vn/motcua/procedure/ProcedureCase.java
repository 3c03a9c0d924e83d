package vn.motcua.procedure;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;
import vn.motcua.calendar.WorkingTimeUnit;

/** A case (trường hợp) of a procedure: its own legal duration, unit, pause policy, fee and components. */
@Entity
@Table(name = "procedure_case")
public class ProcedureCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private AdministrativeProcedure procedure;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "duration_amount", nullable = false)
    private int durationAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "duration_unit", nullable = false)
    private WorkingTimeUnit durationUnit;

    /** A shorter (or longer) duration for dossiers submitted online; null when the same. */
    @Column(name = "online_duration_amount")
    private Integer onlineDurationAmount;

    /** Resolved on the spot, no appointment slip. */
    @Column(name = "no_appointment", nullable = false)
    private boolean noAppointment;

    /** Received after 15:00 counts from the next working day. */
    @Column(name = "after_1500_next_day", nullable = false)
    private boolean after1500NextDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_policy", nullable = false)
    private PausePolicy pausePolicy;

    @Column(name = "fee_vnd", nullable = false)
    private long feeVnd;

    @OneToMany(mappedBy = "procedureCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProcedureComponent> components = new ArrayList<>();

    protected ProcedureCase() {
    }

    public ProcedureCase(String code, String name, int durationAmount, WorkingTimeUnit durationUnit,
                         Integer onlineDurationAmount, boolean noAppointment, boolean after1500NextDay,
                         PausePolicy pausePolicy, long feeVnd) {
        this.code = code;
        this.name = name;
        this.durationAmount = durationAmount;
        this.durationUnit = durationUnit;
        this.onlineDurationAmount = onlineDurationAmount;
        this.noAppointment = noAppointment;
        this.after1500NextDay = after1500NextDay;
        this.pausePolicy = pausePolicy;
        this.feeVnd = feeVnd;
    }

    public ProcedureComponent addComponent(ProcedureComponent component) {
        component.setProcedureCase(this);
        components.add(component);
        return component;
    }

    /** The legal duration for a dossier received through the given channel. */
    public int durationFor(boolean online) {
        return online && onlineDurationAmount != null ? onlineDurationAmount : durationAmount;
    }

    void setProcedure(AdministrativeProcedure procedure) { this.procedure = procedure; }

    public Long getId() { return id; }
    public AdministrativeProcedure getProcedure() { return procedure; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public int getDurationAmount() { return durationAmount; }
    public WorkingTimeUnit getDurationUnit() { return durationUnit; }
    public Integer getOnlineDurationAmount() { return onlineDurationAmount; }
    public boolean isNoAppointment() { return noAppointment; }
    public boolean isAfter1500NextDay() { return after1500NextDay; }
    public PausePolicy getPausePolicy() { return pausePolicy; }
    public long getFeeVnd() { return feeVnd; }
    public List<ProcedureComponent> getComponents() { return components; }
}
