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
 * write, due soon, at each step, refused, waiting for a supplement, and one at another agency; and the same service
 * received in 2019 and in 2026, each under its own regime (docs/regimes.md). They are
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
    private final AutomaticSteps automaticSteps;
    private final WorkingCalendar calendar;
    private final EngineClock clock;
    private final ZoneId zone;

    DemoDossiers(DossierRepository dossiers, RuntimeService runtime, TaskService tasks, IdentityService identity,
                 AutomaticSteps automaticSteps, WorkingCalendar calendar, EngineClock clock, ZoneId provinceZone) {
        this.automaticSteps = automaticSteps;
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
            sameServiceIn2019();
            sameServiceIn2026();
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

    /** Applicant ID numbers of the two dossiers of the same service under two regimes (docs/regimes.md). */
    static final String APPLICANT_2019 = "079190008119";
    static final String APPLICANT_2026 = "079190008126";

    /**
     * Household business establishment handed in Thu 31/01/2019 08:50 and received (clock started) 09:00 at Đồng Xoài's desk (district, 2019 version
     * of 1.001612, rule set ND61-2018, code {@code 000.00.20.H10-190131-0001}): 3 working days across Tết, due
     * Tue 12/02/2019 09:00 (DOMAIN.md, worked example A). Signed, waiting to be returned (status 9) in Tasklist.
     */
    private void sameServiceIn2019() {
        String id = start(local("2019-01-31T08:50"), "tiepnhan", null, "Ngô Văn Hải", APPLICANT_2019, "Tạp hóa Hải Yến");
        accept(local("2019-01-31T09:00"), "tiepnhan", id);
        appraise(local("2019-02-01T09:00"), id, "44A8000119");
        complete(local("2019-02-01T14:00"), "truongphong", id, Map.of("reviewDecision", "approve", "opinion", "Đồng ý, trình ký"));
        complete(local("2019-02-11T09:00"), "lanhdao", id, Map.of("signDecision", "approve", "opinion", "Ký"));
    }

    /**
     * The same service received (clock started) Thu 27/08/2026 09:00 at the commune service centre of phường Tân Phú for Đồng
     * Xoài (2025 version of 1.001612, rule set ND118-2025-TT04, code {@code 000.00.20.H10-260827-0001}, receiving
     * agency 000.20.31.H10): 3 working days across the 2026 swap (Mon 31/08 off, 12729/VPCP-KGVX and the Prime
     * Minister's approval) and 1-2/9, due Fri 04/09/2026 09:00. Signed, waiting to be returned (status 9).
     */
    private void sameServiceIn2026() {
        String id = start(local("2026-08-27T08:50"), "tiepnhan.tanphu", "000.00.20.H10", "Đỗ Thị Hạnh", APPLICANT_2026,
                "Tạp hóa Hạnh Phúc");
        accept(local("2026-08-27T09:00"), "tiepnhan.tanphu", id);
        appraise(local("2026-08-28T09:00"), id, "44A8000126");
        complete(local("2026-08-28T14:00"), "truongphong", id, Map.of("reviewDecision", "approve", "opinion", "Đồng ý, trình ký"));
        complete(local("2026-09-03T09:00"), "lanhdao", id, Map.of("signDecision", "approve", "opinion", "Ký"));
    }

    private Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    // --- steps, as the demo users, at a given engine time

    private String start(Instant at, String clerk, String applicant, String idNumber, String business) {
        return start(at, clerk, null, applicant, idNumber, business);
    }

    /** {@code agencyCode}: the resolving agency when the clerk's desk receives for another one; null: the desk's. */
    private String start(Instant at, String clerk, String agencyCode, String applicant, String idNumber, String business) {
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
        if (agencyCode != null) {
            variables.put("agencyCode", agencyCode);
        }
        return runtime.startProcessInstanceByKey(HouseholdBusinessRegistration.PROCESS_KEY, variables).getId();
    }

    private void accept(Instant at, String processInstanceId) {
        accept(at, "tiepnhan", processInstanceId);
    }

    private void accept(Instant at, String clerk, String processInstanceId) {
        complete(at, clerk, processInstanceId, Map.of("competent", true, "complete", true, "intakeDecision", "accept"));
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
        automaticSteps.run(dossierCode); // the signing of the result, at the demo's engine time
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
