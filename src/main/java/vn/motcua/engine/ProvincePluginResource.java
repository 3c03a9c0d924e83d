package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The data of the Cockpit page "Quản lý tỉnh" for the logged-in Cockpit user, who must be an administrator
 * (group {@code camunda-admin}): 401 without login, 403 for anyone else. POST bodies are read up to 2 MB;
 * a larger one is 413. Every answer comes from {@link ProvinceAdministration}, as the admin API's.
 */
public class ProvincePluginResource extends AbstractCockpitPluginResource {

    static final String ADMIN_GROUP = "camunda-admin";
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ProvinceAdministration province;

    ProvincePluginResource(String engineName, ProvinceAdministration province) {
        super(engineName);
        this.province = province;
    }

    static ProvinceAdministration.Answer refusal(Authentication user) {
        if (user == null) {
            return new ProvinceAdministration.Answer(401, problem(401, "Chưa đăng nhập", "Hãy đăng nhập Cockpit"));
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (!groups.contains(ADMIN_GROUP)) {
            return new ProvinceAdministration.Answer(403, problem(403, "Không có quyền",
                    "Chỉ quản trị hệ thống (nhóm camunda-admin) được quản lý mô tả tỉnh"));
        }
        return null;
    }

    @GET
    @Path("province")
    public Response current() {
        ProvinceAdministration.Answer refused = refusal(getCurrentAuthentication());
        return answer(refused != null ? refused : province.current());
    }

    @POST
    @Path("diff")
    @Consumes(MediaType.WILDCARD)
    public Response diff(InputStream body) throws IOException {
        ProvinceAdministration.Answer refused = refusal(getCurrentAuthentication());
        if (refused != null) {
            return answer(refused);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        return answer(bytes.length > MAX_BYTES ? tooLarge() : province.diff(bytes));
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.WILDCARD)
    public Response apply(InputStream body) throws IOException {
        Authentication user = getCurrentAuthentication();
        ProvinceAdministration.Answer refused = refusal(user);
        if (refused != null) {
            return answer(refused);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        return answer(bytes.length > MAX_BYTES ? tooLarge() : province.apply(bytes, user.getUserId()));
    }

    private static ProvinceAdministration.Answer tooLarge() {
        return new ProvinceAdministration.Answer(413, problem(413, "Tệp quá lớn", "Tệp mô tả tỉnh lớn hơn " + MAX_BYTES + " byte"));
    }

    static Response answer(ProvinceAdministration.Answer a) {
        return Response.status(a.status())
                .type(a.status() >= 400 ? "application/problem+json;charset=UTF-8" : "application/json;charset=UTF-8")
                .entity(a.json()).build();
    }

    static String problem(int status, String title, String detail) {
        return "{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\"" + detail + "\"}";
    }
}
