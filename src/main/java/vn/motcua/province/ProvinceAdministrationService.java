package vn.motcua.province;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.engine.ProvinceAdministration;

/** The province for the Cockpit page (engine.ProvinceCockpitPlugin): the same answers as the admin API. */
@Service
class ProvinceAdministrationService implements ProvinceAdministration {

    private final ProvinceApplier applier;
    private final ObjectMapper json;

    ProvinceAdministrationService(ProvinceApplier applier, ObjectMapper json) {
        this.applier = applier;
        this.json = json;
    }

    @Override
    public Answer current() {
        Province current = applier.current();
        if (current == null) {
            return problem(404, "Chưa có mô tả tỉnh", new InvalidProvince.NotApplied().getMessage(), List.of());
        }
        return new Answer(200, new String(ProvinceFiles.write(current), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public Answer diff(byte[] body) {
        return guarded(() -> {
            Province province = ProvinceFiles.readUpload(body);
            applier.requireRouting(province);
            return ok(province, applier.diff(province));
        });
    }

    @Override
    public Answer apply(byte[] body, String actor) {
        return guarded(() -> {
            Province province = ProvinceFiles.readUpload(body);
            applier.requireRouting(province);
            return ok(province, applier.apply(province, actor));
        });
    }

    private Answer ok(Province province, Object changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", province.id());
        body.put("version", province.version());
        body.put("changes", changes);
        return Answer.ok(json, body);
    }

    private Answer guarded(java.util.function.Supplier<Answer> body) {
        try {
            return body.get();
        } catch (InvalidProvince e) {
            return problem(400, "Tệp mô tả tỉnh không hợp lệ", "Tệp mô tả tỉnh có " + e.problems().size() + " lỗi", e.problems());
        } catch (ProvinceFiles.TooLarge e) {
            return problem(413, "Tệp quá lớn", e.getMessage(), List.of());
        }
    }

    private Answer problem(int status, String title, String detail, List<?> errors) {
        return Answer.problem(json, status, title, detail, errors);
    }
}
