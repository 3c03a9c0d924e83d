package vn.motcua.process;

import static vn.motcua.process.DossierProcess.*;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.BusinessClock;
import vn.motcua.document.SlipText;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.sla.SlaClock;

/**
 * Service task "Tiếp nhận hồ sơ" ({@code ${receiveDossier}}): the dossier is received and its clock starts
 * ({@link SlaClock#start}); its legal due date (the appointment) is set as {@code dossierDueDate} for the
 * overdue timer, with the due-soon warning time {@code dossierDueSoonDate}. The clerk who accepted it (the
 * user completing the intake check) is recorded as its receiving clerk.
 */
@Component("receiveDossier")
class ReceiveDossierDelegate implements JavaDelegate {

    private final DossierRegister register;
    private final SlaClock clock;
    private final BusinessClock now;
    private final ZoneId zone;
    private final EngineAccess engine;

    ReceiveDossierDelegate(DossierRegister register, SlaClock clock, BusinessClock now, ZoneId provinceZone,
                           EngineAccess engine) {
        this.engine = engine;
        this.register = register;
        this.clock = clock;
        this.now = now;
        this.zone = provinceZone;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(COMPETENT.get(execution)) || !Boolean.TRUE.equals(COMPLETE.get(execution))) {
            throw new IllegalStateException("Chỉ tiếp nhận hồ sơ khi đã xác nhận hồ sơ thuộc thẩm quyền ("
                    + COMPETENT.name() + ") và thành phần đầy đủ, hợp lệ (" + COMPLETE.name() + ")");
        }
        Long id = DOSSIER_ID.require(execution);
        register.recordComponentsHandedIn(id, componentsHandedIn(execution));
        Dossier dossier = clock.start(id, now.now());
        register.recordReceivedBy(id, engine.currentUserId());
        DUE_DATE.set(execution, Date.from(dossier.getDueAt()));
        DUE_SOON_DATE.set(execution, Date.from(clock.dueSoonAt(dossier.getDueAt())));
        DUE_DATE_TEXT.set(execution, SlipText.dateTime(dossier.getDueAt(), zone));
    }
}
