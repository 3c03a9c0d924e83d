package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.integration.OutboxAdministration;

/**
 * The data of the Cockpit page "Đồng bộ Cổng DVC" for the logged-in Cockpit user, who must be an administrator
 * (group {@code camunda-admin}): 401 without login, 403 for anyone else. Every answer is the admin API's
 * ({@link OutboxAdministration}): {@code GET parked}, {@code POST parked/{id}/retry}, {@code GET dossiers/{code}/sync},
 * {@code POST resync} (JSON body up to 10 kB, header {@code Idempotency-Key}).
 */
public class OutboxPluginResource extends AbstractCockpitPluginResource {

    static final int MAX_BYTES = 10 * 1024;

    private final OutboxAdministration outbox;
    private final ObjectMapper json;

    OutboxPluginResource(String engineName, OutboxAdministration outbox, ObjectMapper json) {
        super(engineName);
        this.outbox = outbox;
        this.json = json;
    }

    /** 401 without a Cockpit login, 403 for a user outside camunda-admin; null for an administrator. */
    static OutboxAdministration.Answer refusal(Authentication user) {
        if (user == null) {
            return new OutboxAdministration.Answer(401, Map.of("status", 401, "title", "Chưa đăng nhập",
                    "detail", "Hãy đăng nhập Cockpit"));
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (!groups.contains(ProvincePluginResource.ADMIN_GROUP)) {
            return new OutboxAdministration.Answer(403, Map.of("status", 403, "title", "Không có quyền",
                    "detail", "Chỉ quản trị hệ thống (nhóm camunda-admin) được xem và gửi lại sự kiện đồng bộ"));
        }
        return null;
    }

    @GET
    @Path("parked")
    public Response parked() {
        OutboxAdministration.Answer refused = refusal(getCurrentAuthentication());
        return answer(refused != null ? refused : outbox.parked());
    }

    @POST
    @Path("parked/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    public Response retry(@PathParam("id") long id) {
        OutboxAdministration.Answer refused = refusal(getCurrentAuthentication());
        return answer(refused != null ? refused : outbox.retry(id));
    }

    @GET
    @Path("dossiers/{code}/sync")
    public Response sync(@PathParam("code") String code) {
        OutboxAdministration.Answer refused = refusal(getCurrentAuthentication());
        return answer(refused != null ? refused : outbox.syncState(code));
    }

    @POST
    @Path("resync")
    @Consumes(MediaType.WILDCARD)
    public Response resync(InputStream body, @HeaderParam("Idempotency-Key") String key) throws IOException {
        Authentication user = getCurrentAuthentication();
        OutboxAdministration.Answer refused = refusal(user);
        if (refused != null) {
            return answer(refused);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return answer(new OutboxAdministration.Answer(413, Map.of("status", 413, "title", "Yêu cầu quá lớn",
                    "detail", "Yêu cầu đồng bộ lại lớn hơn " + MAX_BYTES + " byte")));
        }
        return answer(outbox.resync(new String(bytes, StandardCharsets.UTF_8), key, user.getUserId()));
    }

    private Response answer(OutboxAdministration.Answer answer) {
        try {
            return Response.status(answer.status())
                    .type(answer.problem() ? "application/problem+json;charset=UTF-8" : "application/json;charset=UTF-8")
                    .entity(json.writeValueAsString(answer.body())).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
