package vn.motcua.process;

import static vn.motcua.process.DossierProcess.AGENCY_CODE;
import static vn.motcua.process.DossierProcess.DOSSIER_ID;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.CallerAgencies;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * The agency (tenant) a new dossier process belongs to: the RESOLVING agency of its dossier. The engine's
 * tenant-id provider ({@code vn.motcua.engine.AgencyTenantIdProvider}) asks here for every new top-level
 * instance; called processes inherit their caller's tenant.
 * <ul>
 * <li>Motcua's own start path ({@link DossierProcessService#start}) starts the process of a registered dossier:
 * only it may pass {@code dossierId}; the tenant is that dossier's agency.</li>
 * <li>Any other start (Tasklist's start form at the counter, the engine REST API) registers a new dossier:
 * {@code dossierId} is refused (403); {@code agencyCode}, when given, must be an agency of the user's tenants
 * (403); without it the agency is the one whose desk the user belongs to.</li>
 * </ul>
 * Without an authenticated user (the application itself, a job) {@code agencyCode} is taken as given.
 */
@Component
public class DossierTenancy {

    /** The dossier whose process Motcua's own start path is starting on this thread. */
    private static final ThreadLocal<Long> STARTING = new ThreadLocal<>();

    private final DossierRegister register;
    private final ProcedureCatalog catalog;
    private final EngineAccess engine;
    private final CallerAgencies callers;

    DossierTenancy(DossierRegister register, ProcedureCatalog catalog, EngineAccess engine, CallerAgencies callers) {
        this.register = register;
        this.catalog = catalog;
        this.engine = engine;
        this.callers = callers;
    }

    /** Runs Motcua's own start of the dossier's process: the one start that may name the dossier. */
    static <T> T starting(Long dossierId, Supplier<T> start) {
        Long outer = STARTING.get();
        STARTING.set(dossierId);
        try {
            return start.get();
        } finally {
            if (outer == null) {
                STARTING.remove();
            } else {
                STARTING.set(outer);
            }
        }
    }

    /** The tenant (agency code) of a new top-level instance started with these variables; null for none. */
    public String tenantOfNewProcess(Map<String, Object> variables) {
        Long starting = STARTING.get();
        Object dossierId = variables == null ? null : variables.get(DOSSIER_ID.name());
        if (starting != null && starting.equals(dossierId)) {
            STARTING.remove(); // one instance per start: a process this one starts on its own gets no pass
            return register.get(starting).getAgency().getCode();
        }
        if (dossierId != null) {
            throw new AuthorizationException("Không được gửi biến " + DOSSIER_ID.name() + " khi bắt đầu quy trình: "
                    + "hồ sơ đã đăng ký chỉ được Motcua bắt đầu quy trình (POST /api/dossiers)");
        }
        Object agencyCode = variables == null ? null : variables.get(AGENCY_CODE.name());
        if (agencyCode != null) {
            if (!(agencyCode instanceof String code)) {
                throw new BadUserRequestException("Biến " + AGENCY_CODE.name() + " phải là mã định danh cơ quan (chuỗi)");
            }
            if (!callers.current().includes(code)) {
                throw new AuthorizationException("Người dùng " + engine.currentUserId()
                        + " không tiếp nhận hồ sơ cho cơ quan " + code + " (" + AGENCY_CODE.name() + ")");
            }
            try {
                return catalog.agency(code).getCode();
            } catch (NoSuchElementException unknown) {
                throw new BadUserRequestException(unknown.getMessage() + " (" + AGENCY_CODE.name() + ")");
            }
        }
        if (engine.currentTenantIds() == null) {
            return null;
        }
        try {
            return catalog.agencyOfDesk(engine.currentGroupIds()).getCode();
        } catch (IllegalStateException notOneDesk) {
            throw new BadUserRequestException(notOneDesk.getMessage() + " (" + AGENCY_CODE.name() + ")");
        }
    }
}
