package vn.motcua.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.engine.EngineClock;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.process.HouseholdBusinessRegistration;

/**
 * The demo's dossiers, in every state a one-stop shop sees: returned early, overdue with an apology to
 * write, due soon, at each step, refused, waiting for a supplement, and one at another agency. They are
 * carried through the real processes by the demo users, on the engine clock set back in working time, so
 * registers, histories, slips and timers are what they would be; timers already due fire once the demo is
 * up. Loads only into an empty register, never under the {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoDossiers {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);
    private static final long DAY = 480;

    private final DossierRepository dossiers;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final WorkingCalendar calendar;
    private final EngineClock clock;
    private final ZoneId zone;

    DemoDossiers(DossierRepository dossiers, RuntimeService runtime, TaskService tasks, IdentityService identity,
                 WorkingCalendar calendar, EngineClock clock, ZoneId provinceZone) {
        this.dossiers = dossiers;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.calendar = calendar;
        this.clock = clock;
        this.zone = provinceZone;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void load() {
        if (dossiers.count() > 0) {
            return;
        }
        Instant now = clock.now();
        try {
            returnedEarly(now);
            overdueAtAppraisal(now);
            dueSoonAtReview(now);
            atSignature(now);
            refusedAtIntake(now);
            waitingForSupplement(now);
            waitingAtIntake(now, "tiepnhan", "Vũ Thị Thu", "079190009001");
            waitingAtIntake(now, "tiepnhan.binhlong", "Lý Văn Phúc", "070190009002");
        } finally {
            clock.reset();
            identity.clearAuthentication();
        }
        log.info("Demo dossiers: {} in the register", dossiers.count());
    }

    private void returnedEarly(Instant now) {
        String id = start(ago(now, 9 * DAY), "tiepnhan", "Nguyễn Văn An", "079190008001", "Tạp hóa An Bình");
        accept(ago(now, 9 * DAY - 20), id);
        appraise(ago(now, 8 * DAY), id, "44A8001001");
        complete(ago(now, 8 * DAY - 120), "truongphong", id, Map.of("reviewDecision", "approve", "opinion", "Đồng ý"));
        complete(ago(now, 7 * DAY - 60), "lanhdao", id, Map.of("signDecision", "approve", "opinion", "Ký"));
        complete(ago(now, 7 * DAY - 240), "traketqua", id,
                Map.of("returnMethod", "COUNTER", "resultReceiver", "Nguyễn Văn An", "feeCollected", true));
    }

    private void overdueAtAppraisal(Instant now) {
        String id = start(ago(now, 5 * DAY), "tiepnhan", "Trần Thị Bình", "079190008002", "Quán cà phê Hoa Sữa");
        accept(ago(now, 5 * DAY - 15), id);
    }

    private void dueSoonAtReview(Instant now) {
        String id = start(ago(now, 2 * DAY + 240), "tiepnhan", "Lê Hoàng Cường", "079190008003", "Sửa xe Cường Phát");
        accept(ago(now, 2 * DAY + 230), id);
        appraise(ago(now, 2 * DAY), id, "44A8001003");
    }

    private void atSignature(Instant now) {
        String id = start(ago(now, DAY), "tiepnhan", "Phạm Thị Dung", "079190008004", "Tiệm bánh Dung Ký");
        accept(ago(now, DAY - 10), id);
        appraise(ago(now, DAY - 120), id, "44A8001004");
        complete(ago(now, DAY - 200), "truongphong", id, Map.of("reviewDecision", "approve", "opinion", "Đồng ý, trình ký"));
    }

    private void refusedAtIntake(Instant now) {
        String id = start(ago(now, 3 * DAY), "tiepnhan", "Hoàng Văn Em", "079190008005", "Kinh doanh vàng bạc");
        complete(ago(now, 3 * DAY - 30), "tiepnhan", id, Map.of("competent", false, "complete", true,
                "intakeDecision", "refuse", "refusalReason", "Kinh doanh vàng miếng không thuộc phạm vi đăng ký hộ kinh doanh"));
    }

    private void waitingForSupplement(Instant now) {
        String id = start(ago(now, DAY + 240), "tiepnhan", "Đặng Thị Giang", "079190008006", "Cửa hàng điện thoại Giang");
        accept(ago(now, DAY + 230), id);
        complete(ago(now, DAY), "chuyenvien", id, Map.of("appraisalDecision", "requestSupplement",
                "missingItems", "Văn bản ủy quyền của các thành viên hộ gia đình", "opinion", "Thiếu văn bản ủy quyền"));
    }

    private void waitingAtIntake(Instant now, String clerk, String applicant, String idNumber) {
        start(ago(now, 30), clerk, applicant, idNumber, "Hộ kinh doanh " + applicant);
    }

    // --- steps, as the demo users, at a given engine time

    private String start(Instant at, String clerk, String applicant, String idNumber, String business) {
        clock.moveTo(at);
        as(clerk);
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicantName", applicant);
        variables.put("applicantIdNumber", idNumber);
        variables.put("applicantPhone", "0912345678");
        variables.put("applicantAddress", "Phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước");
        variables.put("businessName", business);
        variables.put("businessAddress", "Đường Phú Riềng Đỏ, phường Tân Phú");
        variables.put("businessLine", "Bán lẻ hàng hóa");
        variables.put("capital", 80_000_000);
        variables.put("summary", "Đăng ký thành lập hộ kinh doanh " + business);
        variables.put("channel", "COUNTER");
        return runtime.startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY, variables).getId();
    }

    private void accept(Instant at, String processInstanceId) {
        complete(at, "tiepnhan", processInstanceId, Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
    }

    private void appraise(Instant at, String processInstanceId, String registrationNumber) {
        complete(at, "chuyenvien", processInstanceId, Map.of("appraisalDecision", "propose",
                "registrationNumber", registrationNumber, "opinion", "Hồ sơ hợp lệ, đủ điều kiện cấp"));
    }

    /** Completes the dossier's open step, in its procedure's process or in a shared process it called. */
    private void complete(Instant at, String user, String processInstanceId, Map<String, Object> variables) {
        clock.moveTo(at);
        identity.clearAuthentication();
        String dossierCode = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
        as(user);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(dossierCode).active().list().stream()
                .findFirst().orElseThrow(() -> new IllegalStateException(user + " has no demo task to complete"));
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }

    private void as(String user) {
        identity.clearAuthentication(); // group look-ups are not the previous user's business
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
    }

    /** The instant the given working minutes before now (in the province's working time). */
    private Instant ago(Instant now, long workingMinutes) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        return calendar.subtractWorkingMinutes(calendar.normalize(local), workingMinutes).atZone(zone).toInstant();
    }
}
