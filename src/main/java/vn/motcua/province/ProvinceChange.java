package vn.motcua.province;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One applied change of the province (table {@code province_change}): who, when, which version, what. */
@Entity
@Table(name = "province_change")
public class ProvinceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applied_at", nullable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "province_id", nullable = false)
    private String provinceId;

    @Column(name = "province_version", nullable = false)
    private String provinceVersion;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String subject;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(nullable = false)
    private String detail;

    protected ProvinceChange() {
    }

    ProvinceChange(OffsetDateTime appliedAt, String provinceId, String provinceVersion, String actor, Change change) {
        this.appliedAt = appliedAt;
        this.provinceId = provinceId;
        this.provinceVersion = provinceVersion;
        this.actor = actor;
        this.action = change.action().name();
        this.subject = change.subject().name();
        this.subjectId = change.subjectId();
        this.detail = change.detail().length() > 1000 ? change.detail().substring(0, 1000) : change.detail();
    }

    public Long getId() { return id; }
    public OffsetDateTime getAppliedAt() { return appliedAt; }
    public String getProvinceId() { return provinceId; }
    public String getProvinceVersion() { return provinceVersion; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getSubjectId() { return subjectId; }
    public String getDetail() { return detail; }
}
