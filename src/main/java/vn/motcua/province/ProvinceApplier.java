package vn.motcua.province;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedure.AdministrativeProcedure;
import vn.motcua.procedure.Agency;
import vn.motcua.procedure.AgencyLevel;
import vn.motcua.procedure.AgencyMemberships;
import vn.motcua.procedure.AgencyRepository;
import vn.motcua.procedure.ProcedureRepository;
import vn.motcua.security.AgencyTenants;

/**
 * Applies a province description to the register and the engine (docs/province.md, "Applying"): creates what
 * is missing, updates what changed, deactivates what was removed — an agency gets its last day, memberships
 * and grants of removed groups go; nothing is deleted from the register or the history. {@link #diff} lists
 * the changes without making them (the dry run); {@link #apply} makes them and writes one audit row each.
 * Applying the same description twice makes no change the second time.
 */
@Service
public class ProvinceApplier {

    /** Groups the province file manages carry this type; a managed group left out of the file loses its rights. */
    static final String GROUP_TYPE = "WORKFLOW";

    /** The process variables every filter shows in the task list, with their Vietnamese labels. */
    static final List<Map<String, String>> TASK_LIST_VARIABLES = List.of(
            Map.of("name", "dossierCode", "label", "Mã hồ sơ"),
            Map.of("name", "applicantName", "label", "Người nộp"),
            Map.of("name", "procedureName", "label", "Thủ tục"));

    private final AgencyRepository agencies;
    private final ProcedureRepository procedures;
    private final ProvinceChangeRepository audit;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final AgencyMemberships memberships;
    /** The wall clock in the province's zone: which agencies are in force "today" is the province's day. */
    private final java.time.Clock clock;

    /** The description last applied by this application (for GET /api/admin/province). */
    private volatile Province current;

    private final RoutingDecisions routing;

    ProvinceApplier(AgencyRepository agencies, ProcedureRepository procedures, ProvinceChangeRepository audit,
                    IdentityService identity, AuthorizationService authorizations, FilterService filters,
                    TaskService tasks, AgencyMemberships memberships, java.time.Clock clock, RoutingDecisions routing) {
        this.routing = routing;
        this.clock = clock;
        this.memberships = memberships;
        this.agencies = agencies;
        this.procedures = procedures;
        this.audit = audit;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    /** The changes applying the description would make; throws {@link InvalidProvince} naming every bad field. */
    @Transactional(readOnly = true)
    public List<Change> diff(Province province) {
        return plan(province).steps().stream().map(Planned::change).toList();
    }

    /** Applies the description; returns the audit rows written (none when nothing changed). */
    @Transactional
    public List<ProvinceChange> apply(Province province, String actor) {
        Plan plan = plan(province);
        OffsetDateTime now = OffsetDateTime.now();
        List<ProvinceChange> rows = new ArrayList<>();
        for (Planned p : plan.steps()) {
            p.action().run();
            rows.add(new ProvinceChange(now, province.id(), province.version(), actor, p.change()));
        }
        // the memberships as data (monitoring readers, a directory identity's tenants): the same derivation, every time
        if (!new HashSet<>(memberships.all()).equals(new HashSet<>(plan.memberships()))) {
            memberships.replace(plan.memberships());
        }
        current = province;
        return audit.saveAll(rows);
    }

    /**
     * Refuses a description that the routing decisions of decisions/ (their last deployed versions) disagree with ({@link RoutingCheck}): one
     * problem (field {@code routing}) per failure, naming the procedure, the agency and the group (after the
     * validation, so that a bad file is reported field by field first). The admin API
     * and page call it before diff and apply; the start makes the same check.
     */
    public void requireRouting(Province province) {
        Map<String, String> processes = catalogue();
        ProvinceValidator.require(province, processes.keySet(), mustResolve(processes));
        List<String> failures = RoutingCheck.check(province, routing.files());
        if (!failures.isEmpty()) {
            throw new InvalidProvince(failures.stream()
                    .map(f -> new vn.motcua.dossier.FieldProblem("routing", f)).toList());
        }
    }

    /** The description last applied since start, if any. */
    public Province current() {
        return current;
    }

    /** The catalogue codes and the process key of each. */
    public Map<String, String> catalogue() {
        Map<String, String> processes = new HashMap<>();
        for (AdministrativeProcedure p : procedures.findAll()) {
            processes.putIfAbsent(p.getCode(), p.getProcessKey());
        }
        return processes;
    }

    /**
     * The procedures an agency must resolve: those whose process ships with the application ({@code processes/} on the
     * classpath). A procedure imported with the catalogue is taken on by an agency when the province file says so,
     * after its model and routing are deployed (docs/analyst-guide.md, 0a); until then no desk may start it.
     */
    static Set<String> mustResolve(Map<String, String> processes) {
        Set<String> shipped = new HashSet<>();
        try {
            for (org.springframework.core.io.Resource r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:processes/**/*.bpmn")) {
                String name = r.getFilename();
                if (name != null) {
                    shipped.add(name.substring(0, name.length() - ".bpmn".length()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> codes = new HashSet<>();
        processes.forEach((code, key) -> {
            if (shipped.contains(key)) {
                codes.add(code);
            }
        });
        return codes;
    }

    private record Planned(Change change, Runnable action) {
    }

    /** The changes, and the memberships as data ({@link AgencyMemberships}) they lead to. */
    private record Plan(List<Planned> steps, List<AgencyMemberships.Row> memberships) {
    }

    private Plan plan(Province province) {
        Map<String, String> processes = catalogue();
        ProvinceValidator.require(province, processes.keySet(), mustResolve(processes));
        List<Planned> plan = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);

        // agencies, parents first
        Set<String> inFile = new HashSet<>();
        for (Province.AgencyEntry a : parentsFirst(province.agencies())) {
            inFile.add(a.code());
            Agency existing = agencies.findByCode(a.code()).orElse(null);
            LocalDate from = date(a.effectiveFrom());
            LocalDate to = date(a.effectiveTo());
            AgencyLevel level = AgencyLevel.valueOf(a.level());
            // service centres other than its desk that receive its dossiers (docs/regimes.md, receiving centre)
            List<String> otherDesks = province.serviceCentres().stream().filter(c -> c.receivesFor().contains(a.code()))
                    .map(Province.ServiceCentre::id).filter(id -> !id.equals(a.desk())).sorted().toList();
            Runnable write = () -> {
                Agency parent = a.parent() == null ? null : agencies.findByCode(a.parent()).orElseThrow();
                Agency agency = agencies.findByCode(a.code()).orElseGet(() -> new Agency(a.code(), a.name(), level, parent, a.desk()));
                agency.reorganise(a.name(), level, parent, a.desk(), from, to);
                agency.mergeInto(a.successor());
                agency.receivedAlsoAt(otherDesks);
                agencies.save(agency);
            };
            if (existing == null) {
                plan.add(new Planned(new Change(Change.Action.CREATE, Change.Subject.AGENCY, a.code(), a.name()), write));
                continue;
            }
            List<String> changed = new ArrayList<>();
            differs(changed, "name", existing.getName(), a.name());
            differs(changed, "level", existing.getLevel().name(), a.level());
            differs(changed, "parent", existing.getParent() == null ? null : existing.getParent().getCode(), a.parent());
            differs(changed, "desk", existing.getIntakeGroup(), a.desk());
            differs(changed, "effectiveFrom", existing.getEffectiveFrom(), from);
            differs(changed, "effectiveTo", existing.getEffectiveTo(), to);
            differs(changed, "successor", existing.getSuccessorCode(), a.successor());
            differs(changed, "receivingDesks", String.join(",", existing.getReceivingDesks()), String.join(",", otherDesks));
            if (!changed.isEmpty()) {
                plan.add(new Planned(new Change(Change.Action.UPDATE, Change.Subject.AGENCY, a.code(),
                        String.join("; ", changed)), write));
            }
        }
        List<ProvinceRights.ClosedAgency> closed = new ArrayList<>();
        for (Agency existing : agencies.findAll()) {
            if (inFile.contains(existing.getCode())) {
                continue;
            }
            closed.add(new ProvinceRights.ClosedAgency(existing.getCode(), existing.getName(), existing.getLevel()));
            if (existing.getEffectiveTo() == null || !existing.getEffectiveTo().isBefore(today)) {
                LocalDate lastDay = today.minusDays(1);
                String code = existing.getCode();
                plan.add(new Planned(new Change(Change.Action.DEACTIVATE, Change.Subject.AGENCY, code,
                        "không còn trong tệp: ngày cuối " + lastDay), () -> {
                    Agency agency = agencies.findByCode(code).orElseThrow();
                    agency.close(lastDay);
                    agencies.save(agency);
                }));
            }
        }

        ProvinceRights rights = ProvinceRights.of(province, processes, closed);
        boolean writableIdentity = !identity.isReadOnly();

        // groups (a read-only directory, e.g. LDAP, owns them: only checked there)
        Map<String, String> groupNames = new LinkedHashMap<>();
        province.allGroups().forEach(g -> groupNames.put(g.id(), g.name()));
        for (var g : groupNames.entrySet()) {
            if (!writableIdentity) {
                continue;
            }
            Group existing = identity.createGroupQuery().groupId(g.getKey()).singleResult();
            if (existing == null) {
                plan.add(new Planned(new Change(Change.Action.CREATE, Change.Subject.GROUP, g.getKey(), g.getValue()),
                        () -> saveGroup(identity.newGroup(g.getKey()), g.getValue())));
            } else if (!Objects.equals(existing.getName(), g.getValue()) || !GROUP_TYPE.equals(existing.getType())) {
                plan.add(new Planned(new Change(Change.Action.UPDATE, Change.Subject.GROUP, g.getKey(),
                        "name: '" + existing.getName() + "' → '" + g.getValue() + "'"), () -> saveGroup(
                        identity.createGroupQuery().groupId(g.getKey()).singleResult(), g.getValue())));
            }
        }

        // tenants and memberships
        Set<String> managedTenants = new LinkedHashSet<>();
        for (AgencyTenants.TenantRow t : writableIdentity ? rights.tenants() : List.<AgencyTenants.TenantRow>of()) {
            managedTenants.add(t.id());
            Tenant existing = identity.createTenantQuery().tenantId(t.id()).singleResult();
            if (existing == null) {
                plan.add(new Planned(new Change(Change.Action.CREATE, Change.Subject.TENANT, t.id(), t.name()), () -> {
                    Tenant tenant = identity.newTenant(t.id());
                    tenant.setName(t.name());
                    identity.saveTenant(tenant);
                }));
            } else if (!Objects.equals(existing.getName(), t.name())) {
                plan.add(new Planned(new Change(Change.Action.UPDATE, Change.Subject.TENANT, t.id(),
                        "name: '" + existing.getName() + "' → '" + t.name() + "'"), () -> {
                    Tenant tenant = identity.createTenantQuery().tenantId(t.id()).singleResult();
                    tenant.setName(t.name());
                    identity.saveTenant(tenant);
                }));
            }
        }
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        rights.memberships().forEach(m -> wanted.computeIfAbsent(m.tenantId(), k -> new LinkedHashSet<>()).add(m.groupId()));
        for (String tenant : managedTenants) {
            Set<String> actual = identity.createGroupQuery().memberOfTenant(tenant).list().stream()
                    .map(Group::getId).collect(Collectors.toCollection(TreeSet::new));
            Set<String> desired = wanted.getOrDefault(tenant, Set.of());
            for (String group : desired) {
                if (!actual.contains(group)) {
                    plan.add(new Planned(new Change(Change.Action.CREATE, Change.Subject.MEMBERSHIP, tenant + " ← " + group, ""),
                            () -> identity.createTenantGroupMembership(tenant, group)));
                }
            }
            for (String group : actual) {
                if (!desired.contains(group)) {
                    plan.add(new Planned(new Change(Change.Action.REMOVE, Change.Subject.MEMBERSHIP, tenant + " ← " + group, ""),
                            () -> identity.deleteTenantGroupMembership(tenant, group)));
                }
            }
        }

        List<AgencyMemberships.Row> membershipRows = membershipRows(province, rights);
        if (!writableIdentity) {
            // a read-only directory: the memberships live in the register only (AgencyMemberships, read by the
            // engine's directory identity as its tenants); written in one go after the steps, listed here
            Set<String> actual = memberships.all().stream().map(r -> r.tenantId() + " ← " + r.groupId())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> desired = membershipRows.stream().map(r -> r.tenantId() + " ← " + r.groupId())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            desired.stream().filter(m -> !actual.contains(m)).forEach(m -> plan.add(new Planned(
                    new Change(Change.Action.CREATE, Change.Subject.MEMBERSHIP, m, ""), () -> { })));
            actual.stream().filter(m -> !desired.contains(m)).forEach(m -> plan.add(new Planned(
                    new Change(Change.Action.REMOVE, Change.Subject.MEMBERSHIP, m, ""), () -> { })));
        }

        // grants of the managed groups (those in the file and those the file managed before)
        Set<String> managedGroups = new TreeSet<>(groupNames.keySet());
        if (writableIdentity) {
            identity.createGroupQuery().groupType(GROUP_TYPE).list().forEach(g -> managedGroups.add(g.getId()));
        }
        Map<String, Authorization> actualGrants = new HashMap<>();
        for (String group : managedGroups) {
            for (Authorization a : authorizations.createAuthorizationQuery().groupIdIn(group).authorizationType(AUTH_TYPE_GRANT).list()) {
                Resources resource = resource(a.getResourceType());
                if (resource != null && ProvinceRights.MANAGED.contains(resource) && managedId(resource, a.getResourceId())) {
                    actualGrants.put(group + " " + resource.name() + ":" + a.getResourceId(), a);
                }
            }
        }
        for (ProvinceRights.Grant g : rights.grants().values()) {
            Authorization existing = actualGrants.remove(g.key());
            if (existing == null) {
                plan.add(new Planned(new Change(Change.Action.CREATE, Change.Subject.GRANT, g.key(), String.join(", ", g.permissions())),
                        () -> {
                            Authorization a = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                            a.setGroupId(g.groupId());
                            a.setResource(g.resource());
                            a.setResourceId(g.resourceId());
                            g.permissions().forEach(p -> a.addPermission(ProvinceRights.permission(p)));
                            authorizations.saveAuthorization(a);
                        }));
            } else {
                Set<String> actual = permissions(existing, g.resource());
                if (!actual.equals(g.permissions())) {
                    String id = existing.getId();
                    plan.add(new Planned(new Change(Change.Action.UPDATE, Change.Subject.GRANT, g.key(),
                            String.join(", ", actual) + " → " + String.join(", ", g.permissions())), () -> {
                        Authorization a = authorizations.createAuthorizationQuery().authorizationId(id).singleResult();
                        a.setPermissions(g.permissions().stream().map(ProvinceRights::permission).toArray(Permission[]::new));
                        authorizations.saveAuthorization(a);
                    }));
                }
            }
        }
        for (var extra : new TreeSet<>(actualGrants.keySet())) {
            String id = actualGrants.get(extra).getId();
            plan.add(new Planned(new Change(Change.Action.REMOVE, Change.Subject.GRANT, extra, ""),
                    () -> authorizations.deleteAuthorization(id)));
        }

        // Tasklist filters, shared by everyone
        tasklistFilters().forEach((name, filter) -> {
            if (filters.createFilterQuery().filterName(name).count() == 0) {
                plan.add(new Planned(new Change(Change.Action.CREATE, Change.Subject.FILTER, name, ""), filter::get));
            }
        });
        return new Plan(plan, membershipRows);
    }

    /** The tenant memberships of the rights, each with its group's role in the file. */
    private static List<AgencyMemberships.Row> membershipRows(Province province, ProvinceRights rights) {
        Map<String, String> roles = new HashMap<>();
        province.allGroups().forEach(g -> roles.putIfAbsent(g.id(), g.role()));
        Set<String> provinceWide = province.provinceGroups().stream().map(Province.GroupEntry::id).collect(Collectors.toSet());
        return rights.memberships().stream().map(m -> new AgencyMemberships.Row(m.tenantId(), m.groupId(),
                roles.getOrDefault(m.groupId(), "partner"), provinceWide.contains(m.groupId()))).toList();
    }

    private void saveGroup(Group group, String name) {
        group.setName(name);
        group.setType(GROUP_TYPE);
        identity.saveGroup(group);
    }

    private Map<String, Supplier<Filter>> tasklistFilters() {
        Map<String, Supplier<Filter>> all = new LinkedHashMap<>();
        all.put("Việc của tôi", () -> filter("Việc của tôi", "Hồ sơ tôi đã nhận xử lý", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        all.put("Việc của nhóm tôi", () -> filter("Việc của nhóm tôi", "Hồ sơ chờ nhận trong các nhóm của tôi", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")));
        all.put("Đến hạn hôm nay", () -> filter("Đến hạn hôm nay", "Bước xử lý có hạn trong ngày hôm nay", 0,
                tasks.createTaskQuery()
                        .dueAfterExpression("${dateTime().withTimeAtStartOfDay()}")
                        .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1)}")));
        all.put("Sắp đến hạn", () -> filter("Sắp đến hạn", "Bước xử lý đến hạn trong một ngày làm việc tới", 3,
                tasks.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${workingTime.days(1)}")));
        all.put("Quá hạn", () -> filter("Quá hạn", "Bước xử lý đã quá hạn", 5,
                tasks.createTaskQuery().dueBeforeExpression("${now()}")));
        return all;
    }

    private Filter filter(String name, String description, int priority, TaskQuery query) {
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
        return filter;
    }

    private static Set<String> permissions(Authorization a, Resources resource) {
        Set<String> names = new TreeSet<>();
        for (Permissions p : Permissions.values()) {
            if (p == Permissions.ALL || p == Permissions.NONE || !List.of(p.getTypes()).contains(resource)) {
                continue;
            }
            if (a.isPermissionGranted(p)) {
                names.add(p.getName());
            }
        }
        return names;
    }

    /** Grants on single process instances or tasks (made by the engine for candidate groups) are not the file's. */
    private static boolean managedId(Resources resource, String resourceId) {
        return (resource != Resources.TASK && resource != Resources.PROCESS_INSTANCE) || "*".equals(resourceId);
    }

    private static Resources resource(int type) {
        for (Resources r : Resources.values()) {
            if (r.resourceType() == type) {
                return r;
            }
        }
        return null;
    }

    private static List<Province.AgencyEntry> parentsFirst(List<Province.AgencyEntry> all) {
        List<Province.AgencyEntry> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> codes = all.stream().map(Province.AgencyEntry::code).collect(Collectors.toSet());
        while (ordered.size() < all.size()) {
            for (Province.AgencyEntry a : all) {
                if (!placed.contains(a.code()) && (a.parent() == null || !codes.contains(a.parent()) || placed.contains(a.parent()))) {
                    ordered.add(a);
                    placed.add(a.code());
                }
            }
        }
        return ordered;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static void differs(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + ": '" + before + "' → '" + after + "'");
        }
    }
}
