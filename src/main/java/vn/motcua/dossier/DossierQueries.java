package vn.motcua.dossier;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.Predicate;
import vn.motcua.calendar.BusinessClock;
import vn.motcua.procedure.RuleSets;

/** Reads of the register for the API: one dossier with its files and history, the search, the tracking. */
@Service
@Transactional(readOnly = true)
class DossierQueries {

    /** Search criteria; null means "any". Dates are days in the province's zone, both ends included. */
    record Criteria(String agency, String procedure, Integer status, Boolean overdue, LocalDate receivedFrom,
                    LocalDate receivedTo) {
    }

    /** What anyone who knows a dossier's code and the applicant's ID number may see. */
    /** feePaidOnline: the procedure's fee was paid online (the transaction itself is not shown). */
    record Tracking(String code, int status, String statusLabel, String currentStepName, Instant appointment,
                    boolean feePaidOnline) {
    }

    private final DossierRepository dossiers;
    private final DossierHistoryRepository history;
    private final DossierAttachmentRepository attachments;
    private final SupplementRepository supplements;
    private final ZoneId zone;
    private final BusinessClock clock;
    private final CallerAgencies callers;
    private final RuleSets ruleSets;
    private final DossierIncidentRepository incidents;

    DossierQueries(DossierRepository dossiers, DossierHistoryRepository history, DossierAttachmentRepository attachments,
                   SupplementRepository supplements, ZoneId provinceZone, BusinessClock clock, CallerAgencies callers,
                   RuleSets ruleSets, DossierIncidentRepository incidents) {
        this.ruleSets = ruleSets;
        this.incidents = incidents;
        this.clock = clock;
        this.callers = callers;
        this.dossiers = dossiers;
        this.history = history;
        this.attachments = attachments;
        this.supplements = supplements;
        this.zone = provinceZone;
    }

    /**
     * A dossier of the calling user's agencies; 404 for any other, the same answer as for a code that does not
     * exist (the API tells nobody which codes exist elsewhere).
     */
    Dossier byCode(String code) {
        AgencyScope scope = callers.current();
        return dossiers.findByCode(code).filter(d -> scope.includes(d.getAgency().getCode()))
                .orElseThrow(ApiProblems::dossierNotFound);
    }

    /** The calling user's agencies. */
    AgencyScope scope() {
        return callers.current();
    }

    DossierView view(String code) {
        return view(byCode(code));
    }

    DossierView view(Dossier dossier) {
        return DossierView.of(dossier, ruleSets.byId(dossier.getRuleSet()), attachments.findByDossierIdOrderByIdAsc(dossier.getId()),
                supplements.findByDossierIdOrderByIdAsc(dossier.getId()),
                history.findByDossierIdOrderByIdAsc(dossier.getId()), incidents.findByDossierIdOrderByIdAsc(dossier.getId()));
    }

    /** Dossiers of the calling user's agencies that meet the criteria. */
    Page<DossierSummary> search(Criteria criteria, Pageable pageable) {
        return dossiers.findAll(within(callers.current()).and(specification(criteria, clock.now())), pageable)
                .map(DossierSummary::of);
    }

    static Specification<Dossier> within(AgencyScope scope) {
        return (root, query, cb) -> scope.all() ? cb.conjunction()
                : scope.codes().isEmpty() ? cb.disjunction() : root.get("agency").get("code").in(scope.codes());
    }

    /** The same empty answer for an unknown code and for a wrong ID number: the API is no oracle. */
    Tracking track(String code, String idNumber) {
        Dossier dossier = applicantsDossier(code, idNumber).orElseThrow(ApiProblems::dossierNotFound);
        return new Tracking(dossier.getCode(), dossier.getStatus().code(), dossier.getStatus().label(),
                dossier.getSubStatusName(), dossier.getDueAt(), dossier.isFeePaidOnline());
    }

    /**
     * What the public tracking page shows (the same match as {@link #track}): empty for an unknown code and
     * for a wrong ID number alike.
     */
    Optional<PublicStatus> publicStatus(String code, String idNumber) {
        return applicantsDossier(code, idNumber).map(PublicStatus::of);
    }

    /** The dossier with this code, if its applicant has this ID number (compared in constant time). */
    private Optional<Dossier> applicantsDossier(String code, String idNumber) {
        return dossiers.findByCode(code).filter(d -> d.getApplicant().idNumber() != null
                && java.security.MessageDigest.isEqual(d.getApplicant().idNumber().getBytes(
                        UTF_8), idNumber.getBytes(UTF_8)));
    }

    Specification<Dossier> specification(Criteria c, Instant now) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (c.agency() != null) {
                where.add(cb.equal(root.get("agency").get("code"), c.agency()));
            }
            if (c.procedure() != null) {
                where.add(cb.equal(root.get("procedure").get("code"), c.procedure()));
            }
            if (c.status() != null) {
                where.add(cb.equal(root.get("status"), DossierStatus.ofCode(c.status())));
            }
            if (c.overdue() != null) {
                // flagged by the legal-deadline timer, or past the due date while still being handled
                Predicate late = cb.or(cb.isTrue(root.get("overdue")), cb.and(cb.lessThan(root.get("dueAt"), now),
                        root.get("status").in(DossierStatus.RECEIVED, DossierStatus.PROCESSING)));
                where.add(c.overdue() ? late : cb.not(late));
            }
            if (c.receivedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), c.receivedFrom().atStartOfDay(zone).toInstant()));
            }
            if (c.receivedTo() != null) {
                where.add(cb.lessThan(root.get("receivedAt"), c.receivedTo().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
