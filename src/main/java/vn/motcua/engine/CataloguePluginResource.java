package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The data of the Cockpit page "Danh mục thủ tục" for the logged-in Cockpit user, who must be an administrator
 * (group {@code camunda-admin}): 401 without login, 403 for anyone else, as the province page. POST bodies are read
 * up to 16 MB; a larger one is 413. {@code skeletons} lists the versions with a step table and
 * {@code skeleton/{code}?effectiveFrom=} downloads one's generated model (a zip), as the admin API.
 */
public class CataloguePluginResource extends AbstractCockpitPluginResource {

    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final CatalogueAdministration catalogue;

    CataloguePluginResource(String engineName, CatalogueAdministration catalogue) {
        super(engineName);
        this.catalogue = catalogue;
    }

    @POST
    @Path("diff")
    @Consumes(MediaType.WILDCARD)
    public Response diff(InputStream body) throws IOException {
        ProvinceAdministration.Answer refused = ProvincePluginResource.refusal(getCurrentAuthentication());
        if (refused != null) {
            return ProvincePluginResource.answer(refused);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        return ProvincePluginResource.answer(bytes.length > MAX_BYTES ? tooLarge() : catalogue.diff(bytes));
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.WILDCARD)
    public Response apply(InputStream body) throws IOException {
        Authentication user = getCurrentAuthentication();
        ProvinceAdministration.Answer refused = ProvincePluginResource.refusal(user);
        if (refused != null) {
            return ProvincePluginResource.answer(refused);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        return ProvincePluginResource.answer(bytes.length > MAX_BYTES ? tooLarge() : catalogue.apply(bytes, user.getUserId()));
    }

    @GET
    @Path("skeletons")
    public Response skeletons() {
        ProvinceAdministration.Answer refused = ProvincePluginResource.refusal(getCurrentAuthentication());
        return ProvincePluginResource.answer(refused != null ? refused : catalogue.skeletons());
    }

    @GET
    @Path("skeleton/{code}")
    public Response skeleton(@PathParam("code") String code, @QueryParam("effectiveFrom") String effectiveFrom) {
        ProvinceAdministration.Answer refused = ProvincePluginResource.refusal(getCurrentAuthentication());
        if (refused != null) {
            return ProvincePluginResource.answer(refused);
        }
        CatalogueAdministration.Download download = catalogue.skeleton(code, effectiveFrom);
        if (download.zip() == null) {
            return ProvincePluginResource.answer(download.problem());
        }
        return Response.ok(download.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"").build();
    }

    private static ProvinceAdministration.Answer tooLarge() {
        return new ProvinceAdministration.Answer(413, ProvincePluginResource.problem(413, "Tệp quá lớn",
                "Tệp danh mục lớn hơn " + MAX_BYTES + " byte"));
    }
}
