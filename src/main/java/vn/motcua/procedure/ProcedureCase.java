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

    /** The duration for dossiers sent by post; null when the same as at the desk. */
    @Column(name = "postal_duration_amount")
    private Integer postalDurationAmount;

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

    /** The legal duration for a dossier received online or not (not online = at the desk). */
    public int durationFor(boolean online) {
        return durationFor(online, false);
    }

    /**
     * The legal duration for a dossier received through its channel: online, by post, or at the desk (e.g.
     * 1.013978 since 01/07/2025: 17 working days online, 20 by post, 27 at the desk).
     */
    public int durationFor(boolean online, boolean postal) {
        if (online && onlineDurationAmount != null) {
            return onlineDurationAmount;
        }
        return postal && postalDurationAmount != null ? postalDurationAmount : durationAmount;
    }

    ProcedureCase withPostalDuration(Integer postalDurationAmount) {
        this.postalDurationAmount = postalDurationAmount;
        return this;
    }

    void setProcedure(AdministrativeProcedure procedure) { this.procedure = procedure; }

    public Long getId() { return id; }
    public AdministrativeProcedure getProcedure() { return procedure; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public int getDurationAmount() { return durationAmount; }
    public WorkingTimeUnit getDurationUnit() { return durationUnit; }
    public Integer getOnlineDurationAmount() { return onlineDurationAmount; }
    public Integer getPostalDurationAmount() { return postalDurationAmount; }
    public boolean isNoAppointment() { return noAppointment; }
    public boolean isAfter1500NextDay() { return after1500NextDay; }
    public PausePolicy getPausePolicy() { return pausePolicy; }
    public long getFeeVnd() { return feeVnd; }
    public List<ProcedureComponent> getComponents() { return components; }
}
