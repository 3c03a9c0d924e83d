package vn.motcua.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The engine REST API ({@code /engine-rest}) as Camunda's starter configures it, plus one answer: an object of a
 * tenant (agency) the user is not a member of is "not found" (404 problem+json, nothing about it told), as in
 * Motcua's own API, instead of the engine's 500 naming the object; and a race lost to another user on the same
 * task or instance (optimistic lock, task already claimed) is a 409 problem+json instead of a 500.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ForeignTenantAsNotFound.class);
        register(WrappedForeignTenantAsNotFound.class);
    }

    static boolean tenantCheck(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ProcessEngineException && t.getMessage() != null
                    && t.getMessage().contains(ForeignTenantAsNotFound.TENANT_CHECK)) {
                return true;
            }
        }
        return false;
    }

    /** A race lost to another user on the same task or instance (the engine's optimistic lock). */
    static boolean lostRace(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException) {
                return true;
            }
        }
        return vn.motcua.dossier.ConcurrentChange.lostRace(exception);
    }

    /** 409 problem+json for a lost race, instead of the engine REST API's 500 (or its 500 for "already claimed"). */
    static Response conflict() {
        return Response.status(Response.Status.CONFLICT).type("application/problem+json;charset=UTF-8")
                .entity("{\"type\":\"about:blank\",\"title\":\"Xung đột cập nhật đồng thời\",\"status\":409,"
                        + "\"detail\":\"Công việc vừa được một người dùng khác nhận hoặc xử lý cùng lúc; yêu cầu này"
                        + " không được thực hiện. Hãy tải lại rồi thử lại nếu cần\"}")
                .build();
    }

    /** 404 for a foreign tenant's object, 409 for a lost race, else Camunda's own answer. */
    static Response answer(Throwable exception, Supplier<Response> camunda) {
        return tenantCheck(exception) ? notFound() : lostRace(exception) ? conflict() : camunda.get();
    }

    static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type("application/problem+json;charset=UTF-8")
                .entity("{\"type\":\"about:blank\",\"title\":\"Không tìm thấy\",\"status\":404,"
                        + "\"detail\":\"Không tìm thấy đối tượng trong các cơ quan của người dùng\"}")
                .build();
    }

    /** The same when the REST layer wrapped the engine's refusal (e.g. reading one variable). */
    @Priority(1)
    public static class WrappedForeignTenantAsNotFound implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception, () -> camunda.toResponse(exception));
        }
    }

    /** Ahead of Camunda's handler of the same exception type, to which every other case goes. */
    @Priority(1)
    public static class ForeignTenantAsNotFound implements ExceptionMapper<ProcessEngineException> {

        static final String TENANT_CHECK = "because it belongs to no authenticated tenant";

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception, () -> camunda.toResponse(exception));
        }
    }
}
