package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.AgencyRepository;
import vn.motcua.procedure.OnlineServiceType;
import vn.motcua.procedure.PausePolicy;
import vn.motcua.procedure.ProcedureCase;
import vn.motcua.procedure.ProcedureRepository;

/**
 * {@link DossierRegister#stop}: a received dossier without a result goes to status 8 with when and by whom (read
 * back in a new transaction, through migration V105's columns), its reason as note, and a control-slip row to the
 * stop that closes the open hand-over; a dossier not received, already closed or resolved is refused and left
 * as it was. Run on H2 ({@link DossierStopsTest}) and PostgreSQL ({@link DossierStopsPostgresTest}).
 */
abstract class DossierStops {

    static final String AGENCY = "000.00.99.STP";
    static final String PROCEDURE = "9.999106";

    @Autowired
    DossierRegister register;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ProcedureRepository procedures;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void catalogue() {
        if (agencies.findByCode(AGENCY).isEmpty()) {
            agencies.save(new Agency(AGENCY, "Cơ quan thử dừng giải quyết", AgencyLevel.COMMUNE, null, "motcua-stop"));
        }
        if (procedures.findByCodeOrderByEffectiveFromDesc(PROCEDURE).isEmpty()) {
            AdministrativeProcedure p = new AdministrativeProcedure(PROCEDURE, "Thủ tục thử dừng", "Thử",
                    "dang-ky-ho-kinh-doanh", OnlineServiceType.FULL, LocalDate.of(2019, 1, 1), null);
            p.addCase(new ProcedureCase("TH1", "Trường hợp 1", 7, WorkingTimeUnit.WORKING_DAYS, null, false, false,
                    PausePolicy.RESUME, 0));
            procedures.save(p);
        }
    }

    @Test
    void shouldStopAReceivedDossierInProcessingAndKeepWhoAndWhen() {
        Instant at = LocalDateTime.parse("2026-03-02T09:00").atZone(RegimeBoundaries.VN).toInstant();
        Long id = inTx(() -> {
            Dossier d = register.register(newDossier(), at);
            register.receive(d.getId(), at, at.plus(7, ChronoUnit.DAYS));
            register.startProcessing(d.getId());
            register.stepCompleted(d.getId(), "Task_CheckDossier", "Kiểm tra hồ sơ", "tiepnhan", at, null, null);
            register.stepStarted(d.getId(), "Task_Appraise", "Thẩm định", "chuyenvien");
            return d.getId();
        });
        Instant stoppedAt = at.plus(1, ChronoUnit.DAYS);

        inTx(() -> {
            register.stop(id, stoppedAt, "Không còn nhu cầu", "tiepnhan");
            return null;
        });

        Dossier stopped = inTx(() -> register.get(id));
        assertThat(stopped.getStatus()).isEqualTo(DossierStatus.STOPPED);
        assertThat(stopped.getStoppedAt()).isEqualTo(stoppedAt);
        assertThat(stopped.getStoppedBy()).isEqualTo("tiepnhan");
        assertThat(stopped.getClosedAt()).isEqualTo(stoppedAt);
        assertThat(stopped.getNote()).isEqualTo("Không còn nhu cầu");
        assertThat(stopped.getSubStatus()).isNull();
        assertThat(stopped.getProcessingEndedAt()).isNull();
        List<DossierHistory> rows = register.history(id);
        assertThat(rows).allSatisfy(row -> assertThat(row.getToStep()).isNotNull());
        DossierHistory last = rows.get(rows.size() - 1);
        assertThat(last.getFromStep()).isEqualTo("Task_Appraise");
        assertThat(last.getToStep()).isEqualTo(DossierRegister.STOPPED_STEP);
        assertThat(last.getToStepName()).isEqualTo("Dừng xử lý");
        assertThat(last.getSender()).isEqualTo("tiepnhan");
        assertThat(last.getHandedAt()).isEqualTo(stoppedAt);
        assertThat(last.getNote()).isEqualTo("Dừng xử lý: Không còn nhu cầu");

        assertRefused(id, DossierStatus.STOPPED);
    }

    @Test
    void shouldStoreOnEachHandOverTheTimeSpentInTheStepItLeaves() {
        Instant at = LocalDateTime.parse("2026-03-04T08:00").atZone(RegimeBoundaries.VN).toInstant();
        Long id = inTx(() -> {
            Dossier d = register.register(newDossier(), at.minus(1, ChronoUnit.HOURS));
            register.receive(d.getId(), at, at.plus(7, ChronoUnit.DAYS));
            register.startProcessing(d.getId());
            // 2 h since receipt; then 0 (same instant); then 1 day 30 min
            register.stepCompleted(d.getId(), "Task_CheckDossier", "Kiểm tra hồ sơ", "tiepnhan", at.plus(2, ChronoUnit.HOURS), null, null);
            register.stepCompleted(d.getId(), "Task_Appraise", "Thẩm định", "chuyenvien", at.plus(2, ChronoUnit.HOURS), null, null);
            register.stepCompleted(d.getId(), "Task_Review", "Xem xét", "truongphong",
                    at.plus(2, ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS).plus(30, ChronoUnit.MINUTES).plusNanos(250_000_000), null, null);
            return d.getId();
        });
        inTx(() -> {
            register.stop(id, at.plus(3, ChronoUnit.DAYS), "Không còn nhu cầu", "tiepnhan");
            return null;
        });
        assertThat(register.history(id)).extracting(DossierHistory::getStepSeconds)
                .containsExactly(7_200.0, 0.0, 88_200.25, 3 * 86_400.0 - 7_200.0 - 88_200.25);

        // never received: from its submission
        Instant submittedAt = at.plus(10, ChronoUnit.DAYS);
        Long submitted = inTx(() -> register.register(newDossier(), submittedAt).getId());
        inTx(() -> {
            register.withdraw(submitted, submittedAt.plus(90, ChronoUnit.MINUTES), "Nộp nhầm", "tiepnhan");
            return null;
        });
        assertThat(register.history(submitted)).extracting(DossierHistory::getStepSeconds).containsExactly(5_400.0);
    }

    @Test
    void shouldRefuseADossierNotReceivedOrAlreadyResolved() {
        Instant at = LocalDateTime.parse("2026-03-03T09:00").atZone(RegimeBoundaries.VN).toInstant();
        Long submitted = inTx(() -> register.register(newDossier(), at).getId());
        assertRefused(submitted, DossierStatus.SUBMITTED);

        Long processed = inTx(() -> {
            Dossier d = register.register(newDossier(), at);
            register.receive(d.getId(), at, at.plus(7, ChronoUnit.DAYS));
            register.startProcessing(d.getId());
            register.finishProcessing(d.getId(), at.plus(2, ChronoUnit.DAYS));
            return d.getId();
        });
        assertRefused(processed, DossierStatus.PROCESSED);
    }

    private void assertRefused(Long id, DossierStatus status) {
        int rows = register.history(id).size();
        assertThatThrownBy(() -> inTx(() -> {
            register.stop(id, Instant.now(), "Lần nữa", "tiepnhan");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("trạng thái " + status.code());
        Dossier after = inTx(() -> register.get(id));
        assertThat(after.getStatus()).isEqualTo(status);
        assertThat(register.history(id)).hasSize(rows);
    }

    private NewDossier newDossier() {
        return new NewDossier(AGENCY, PROCEDURE, "TH1", Channel.COUNTER, new Applicant("Lê Văn Dừng", "079190000106",
                null, null, null, "Đồng Xoài", null, null), "thử dừng");
    }

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }
}
