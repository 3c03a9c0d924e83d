package vn.motcua.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedure.Agency;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.AgencyRepository;
import vn.motcua.security.AgencyTenants;

/**
 * The demo one-stop shop of the embedded default: agencies, groups, users (password {@value #PASSWORD}),
 * their authorizations and Tasklist filters. Loads once: what already exists is left alone, so a restart
 * duplicates nothing. Never under the {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String PASSWORD = "demo";
    static final String PROCESS = "dang-ky-ho-kinh-doanh";

    /** Agencies: identifier code, name, level, parent code, one-stop desk group. */
    static final List<String[]> AGENCIES = List.of(
            new String[] {"000.00.00.H10", "UBND tỉnh Bình Phước", "PROVINCE", null, "motcua-tinh"},
            new String[] {"000.00.20.H10", "UBND thành phố Đồng Xoài", "DISTRICT", "000.00.00.H10", "motcua-dongxoai"},
            new String[] {"000.00.21.H10", "UBND thị xã Bình Long", "DISTRICT", "000.00.00.H10", "motcua-binhlong"},
            new String[] {"000.20.31.H10", "UBND phường Tân Phú", "COMMUNE", "000.00.20.H10", "motcua-tanphu"},
            new String[] {"000.00.12.H10", "Sở Tư pháp tỉnh Bình Phước", "DEPARTMENT", "000.00.00.H10", "motcua-sotuphap"});

    /**
     * The groups that work on each agency's dossiers besides its desk (handlers, heads, signers, return desk, and
     * partners named in the cooperation decision {@code co-quan-phoi-hop}): members of the agency's tenant.
     */
    static final Map<String, List<String>> AGENCY_GROUPS = Map.of(
            "000.00.00.H10", List.of(),
            "000.00.20.H10", List.of("traketqua-dongxoai", "chuyenvien-tckh-dongxoai", "lanhdao-tckh-dongxoai",
                    "lanhdao-ubnd-dongxoai", "chuyenvien-qldt-dongxoai", "lanhdao-qldt-dongxoai", "chuyenvien-vpdk-dongxoai",
                    "lanhdao-vpdk-dongxoai", "thue-dongxoai", "diachinh-tanphu"),
            "000.00.21.H10", List.of("chuyenvien-tckh-binhlong", "lanhdao-tckh-binhlong", "lanhdao-ubnd-binhlong"),
            "000.20.31.H10", List.of("tuphap-hotich-tanphu", "lanhdao-ubnd-tanphu", "diachinh-tanphu"),
            "000.00.12.H10", List.of("chuyenvien-lltp-sotuphap", "lanhdao-lltp-sotuphap", "lanhdao-sotuphap",
                    "congan-hoso-binhphuoc"));

    /** Groups of the whole province: members of every agency's tenant. */
    static final List<String> PROVINCE_WIDE = List.of("quanly");

    /** Groups: id, name. */
    static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("motcua-dongxoai", "Bộ phận một cửa thành phố Đồng Xoài"),
            Map.entry("traketqua-dongxoai", "Trả kết quả - một cửa thành phố Đồng Xoài"),
            Map.entry("chuyenvien-tckh-dongxoai", "Chuyên viên Phòng Tài chính - Kế hoạch Đồng Xoài"),
            Map.entry("lanhdao-tckh-dongxoai", "Lãnh đạo Phòng Tài chính - Kế hoạch Đồng Xoài"),
            Map.entry("lanhdao-ubnd-dongxoai", "Lãnh đạo UBND thành phố Đồng Xoài"),
            Map.entry("motcua-binhlong", "Bộ phận một cửa thị xã Bình Long"),
            Map.entry("chuyenvien-tckh-binhlong", "Chuyên viên Phòng Tài chính - Kế hoạch Bình Long"),
            Map.entry("lanhdao-tckh-binhlong", "Lãnh đạo Phòng Tài chính - Kế hoạch Bình Long"),
            Map.entry("lanhdao-ubnd-binhlong", "Lãnh đạo UBND thị xã Bình Long"),
            Map.entry("motcua-tinh", "Trung tâm Phục vụ hành chính công tỉnh"),
            Map.entry("motcua-tanphu", "Bộ phận một cửa phường Tân Phú"),
            Map.entry("motcua-sotuphap", "Bộ phận một cửa Sở Tư pháp"),
            Map.entry("quanly", "Lãnh đạo, quản lý theo dõi hồ sơ"),
            Map.entry("phantich", "Phân tích nghiệp vụ"),
            // groups of the procedure library (routing and partner decisions): Sở Tư pháp, Đồng Xoài, Tân Phú, partners
            Map.entry("chuyenvien-lltp-sotuphap", "Chuyên viên lý lịch tư pháp - Sở Tư pháp"),
            Map.entry("lanhdao-lltp-sotuphap", "Lãnh đạo Phòng Hành chính tư pháp - Sở Tư pháp"),
            Map.entry("lanhdao-sotuphap", "Lãnh đạo Sở Tư pháp"),
            Map.entry("congan-hoso-binhphuoc", "Phòng Hồ sơ nghiệp vụ - Công an tỉnh (phối hợp)"),
            Map.entry("chuyenvien-qldt-dongxoai", "Chuyên viên Phòng Quản lý đô thị Đồng Xoài"),
            Map.entry("lanhdao-qldt-dongxoai", "Lãnh đạo Phòng Quản lý đô thị Đồng Xoài"),
            Map.entry("chuyenvien-vpdk-dongxoai", "Chuyên viên Chi nhánh Văn phòng đăng ký đất đai Đồng Xoài"),
            Map.entry("lanhdao-vpdk-dongxoai", "Lãnh đạo Chi nhánh Văn phòng đăng ký đất đai Đồng Xoài"),
            Map.entry("thue-dongxoai", "Chi cục Thuế thành phố Đồng Xoài (phối hợp)"),
            Map.entry("diachinh-tanphu", "Công chức địa chính phường Tân Phú (phối hợp)"),
            Map.entry("tuphap-hotich-tanphu", "Công chức tư pháp - hộ tịch phường Tân Phú"),
            Map.entry("lanhdao-ubnd-tanphu", "Lãnh đạo UBND phường Tân Phú"));

    /** Users: id, first name, last name, groups. */
    static final List<Object[]> USERS = List.of(
            new Object[] {"tiepnhan", "Nguyễn Thị", "Lan", List.of("motcua-dongxoai")},
            new Object[] {"chuyenvien", "Trần Văn", "Minh", List.of("chuyenvien-tckh-dongxoai")},
            new Object[] {"truongphong", "Lê Thị", "Hoa", List.of("lanhdao-tckh-dongxoai")},
            new Object[] {"lanhdao", "Phạm Văn", "Hùng", List.of("lanhdao-ubnd-dongxoai")},
            new Object[] {"traketqua", "Võ Thị", "Mai", List.of("traketqua-dongxoai")},
            new Object[] {"tiepnhan.binhlong", "Đặng Văn", "Tú", List.of("motcua-binhlong")},
            new Object[] {"quanly", "Hoàng Văn", "Nam", List.of("quanly")},
            new Object[] {"phantich", "Cao Thị", "Linh", List.of("phantich")},
            // users of the procedure library, one per group above
            new Object[] {"tiepnhan.sotuphap", "Bùi Thị", "Thu", List.of("motcua-sotuphap")},
            new Object[] {"chuyenvien.lltp", "Ngô Văn", "Bình", List.of("chuyenvien-lltp-sotuphap")},
            new Object[] {"truongphong.lltp", "Đỗ Thị", "Hạnh", List.of("lanhdao-lltp-sotuphap")},
            new Object[] {"lanhdao.sotuphap", "Trịnh Văn", "Quang", List.of("lanhdao-sotuphap")},
            new Object[] {"congan.hoso", "Lý Văn", "Sơn", List.of("congan-hoso-binhphuoc")},
            new Object[] {"chuyenvien.qldt", "Phan Văn", "Long", List.of("chuyenvien-qldt-dongxoai")},
            new Object[] {"truongphong.qldt", "Vũ Thị", "Ngọc", List.of("lanhdao-qldt-dongxoai")},
            new Object[] {"chuyenvien.vpdk", "Huỳnh Văn", "Phúc", List.of("chuyenvien-vpdk-dongxoai")},
            new Object[] {"giamdoc.vpdk", "Tạ Thị", "Yến", List.of("lanhdao-vpdk-dongxoai")},
            new Object[] {"thue.dongxoai", "Mai Văn", "Tài", List.of("thue-dongxoai")},
            new Object[] {"diachinh.tanphu", "Châu Văn", "Đạt", List.of("diachinh-tanphu")},
            new Object[] {"tiepnhan.tanphu", "Lâm Thị", "Hương", List.of("motcua-tanphu")},
            new Object[] {"hotich.tanphu", "Kiều Thị", "Trang", List.of("tuphap-hotich-tanphu")},
            new Object[] {"lanhdao.tanphu", "Dương Văn", "Phát", List.of("lanhdao-ubnd-tanphu")});

    /** The process variables every filter shows in the task list, with their Vietnamese labels. */
    static final List<Map<String, String>> TASK_LIST_VARIABLES = List.of(
            Map.of("name", "dossierCode", "label", "Mã hồ sơ"),
            Map.of("name", "applicantName", "label", "Người nộp"),
            Map.of("name", "procedureName", "label", "Thủ tục"));

    private final AgencyRepository agencies;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    DemoData(AgencyRepository agencies, IdentityService identity, AuthorizationService authorizations,
             FilterService filters, TaskService tasks) {
        this.agencies = agencies;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() {
        int created = agencies() + groupsAndUsers() + tenants().apply(identity) + grants() + tasklistFilters();
        log.info("Demo one-stop shop: {} items created (0 means it was already there)", created);
    }

    private int agencies() {
        int created = 0;
        for (String[] a : AGENCIES) {
            if (agencies.findByCode(a[0]).isEmpty()) {
                Agency parent = a[3] == null ? null : agencies.findByCode(a[3]).orElseThrow();
                agencies.save(new Agency(a[0], a[1], AgencyLevel.valueOf(a[2]), parent, a[4]));
                created++;
            }
        }
        return created;
    }

    /** One tenant per agency, its groups members (docs/security.md, "Agency isolation"). */
    static AgencyTenants tenants() {
        return AgencyTenants.of(AGENCIES.stream().map(a -> new AgencyTenants.AgencyGroups(a[0], a[1],
                AgencyLevel.valueOf(a[2]), a[3], a[4], AGENCY_GROUPS.get(a[0]))).toList(), PROVINCE_WIDE);
    }

    private int groupsAndUsers() {
        int created = 0;
        for (var g : GROUPS.entrySet()) {
            if (identity.createGroupQuery().groupId(g.getKey()).count() == 0) {
                Group group = identity.newGroup(g.getKey());
                group.setName(g.getValue());
                group.setType("WORKFLOW");
                identity.saveGroup(group);
                created++;
            }
        }
        for (Object[] u : USERS) {
            String id = (String) u[0];
            if (identity.createUserQuery().userId(id).count() > 0) {
                continue;
            }
            User user = identity.newUser(id);
            user.setFirstName((String) u[1]);
            user.setLastName((String) u[2]);
            user.setEmail(id + "@motcua.local");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            @SuppressWarnings("unchecked")
            List<String> groups = (List<String>) u[3];
            groups.forEach(group -> identity.createMembership(id, group));
            created++;
        }
        return created;
    }

    private int grants() {
        int created = 0;
        for (String group : GROUPS.keySet()) {
            created += grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        for (String desk : List.of("motcua-dongxoai", "motcua-binhlong")) {
            // CREATE_INSTANCE: a desk registers dossiers at the counter (Tasklist's start form) and through /api; the
            // instance gets the tenant of the desk's agency (engine.AgencyTenantIdProvider). No DELETE_INSTANCE: a
            // withdrawal goes through /api, which checks the agency and ends the process itself.
            created += grant(desk, Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);
            created += grant(desk, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        // the procedure library: each desk starts the procedures of its agency
        for (String[] deskProcess : LIBRARY_DESKS) {
            created += grant(deskProcess[0], Resources.PROCESS_DEFINITION, deskProcess[1], Permissions.READ,
                    Permissions.CREATE_INSTANCE);
            created += grant(deskProcess[0], Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        created += grant("quanly", Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        created += grant("quanly", Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        created += grant("quanly", Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        created += grant("quanly", Resources.TASK, "*", Permissions.READ);
        created += grant("quanly", Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        created += grant("quanly", Resources.DEPLOYMENT, "*", Permissions.READ);
        // analysts deploy from Camunda Modeler (docs/analyst-guide.md) without being administrators
        created += grant("phantich", Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        created += grant("phantich", Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
        created += grant("phantich", Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        created += grant("phantich", Resources.DECISION_DEFINITION, "*", Permissions.READ);
        return created;
    }

    /** Desk group and process key of the procedure library's procedures (one row each). */
    static final List<String[]> LIBRARY_DESKS = List.of(
            new String[] {"motcua-sotuphap", "cap-phieu-ly-lich-tu-phap"},
            new String[] {"motcua-dongxoai", "cap-giay-phep-xay-dung"},
            new String[] {"motcua-dongxoai", "cap-giay-chung-nhan-lan-dau"},
            new String[] {"motcua-tanphu", "dang-ky-khai-sinh"});

    private int grant(String group, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return 0;
        }
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
        return 1;
    }

    private int tasklistFilters() {
        int created = 0;
        created += filter("Việc của tôi", "Hồ sơ tôi đã nhận xử lý", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        created += filter("Việc của nhóm tôi", "Hồ sơ chờ nhận trong các nhóm của tôi", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        created += filter("Đến hạn hôm nay", "Bước xử lý có hạn trong ngày hôm nay", 0,
                tasks.createTaskQuery()
                        .dueAfterExpression("${dateTime().withTimeAtStartOfDay()}")
                        .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1)}"));
        created += filter("Sắp đến hạn", "Bước xử lý đến hạn trong một ngày làm việc tới", 3,
                tasks.createTaskQuery()
                        .dueAfterExpression("${now()}")
                        .dueBeforeExpression("${workingTime.days(1)}"));
        created += filter("Quá hạn", "Bước xử lý đã quá hạn", 5,
                tasks.createTaskQuery().dueBeforeExpression("${now()}"));
        return created;
    }

    private int filter(String name, String description, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return 0;
        }
        Filter filter = filters.newTaskFilter(name)
                .setOwner("admin")
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
                        "variables", TASK_LIST_VARIABLES))
                .setQuery(query);
        filters.saveFilter(filter);
        Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
        return 1;
    }
}
