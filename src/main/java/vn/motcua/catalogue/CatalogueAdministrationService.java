package vn.motcua.catalogue;

import java.util.List;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.engine.CatalogueAdministration;
import vn.motcua.engine.ProvinceAdministration.Answer;

/** The catalogue import for the Cockpit page (engine.CatalogueCockpitPlugin): the same answers as the admin API. */
@Service
class CatalogueAdministrationService implements CatalogueAdministration {

    private final CatalogueImport imports;
    private final ObjectMapper json;

    CatalogueAdministrationService(CatalogueImport imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @Override
    public Answer diff(byte[] body) {
        return guarded(() -> imports.diff(body));
    }

    @Override
    public Answer apply(byte[] body, String actor) {
        return guarded(() -> imports.apply(body, actor));
    }

    private Answer guarded(java.util.function.Supplier<CatalogueImport.Report> work) {
        try {
            return Answer.ok(json, work.get());
        } catch (InvalidCatalogue e) {
            return Answer.problem(json, 400, "Danh mục thủ tục không hợp lệ", "Tệp danh mục có " + e.problems().size()
                    + " lỗi; chưa lưu gì", CatalogueProblems.errors(e.problems()));
        } catch (InvalidCatalogue.TooLarge e) {
            return Answer.problem(json, 413, "Tệp quá lớn", e.getMessage(), List.of());
        }
    }
}
