package vn.motcua.catalogue;

import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.engine.CatalogueAdministration;
import vn.motcua.engine.ProvinceAdministration.Answer;
import vn.motcua.modelling.SkeletonProblem;

/** The catalogue import and skeleton downloads for the Cockpit page (engine.CatalogueCockpitPlugin): the same answers as the admin API. */
@Service
class CatalogueAdministrationService implements CatalogueAdministration {

    private final CatalogueImport imports;
    private final CatalogueSkeletons skeletons;
    private final ObjectMapper json;

    CatalogueAdministrationService(CatalogueImport imports, CatalogueSkeletons skeletons, ObjectMapper json) {
        this.imports = imports;
        this.skeletons = skeletons;
        this.json = json;
    }

    @Override
    public Answer skeletons() {
        return Answer.ok(json, skeletons.available());
    }

    @Override
    public Download skeleton(String code, String effectiveFrom) {
        try {
            CatalogueSkeletons.Download download = skeletons.skeleton(code, effectiveFrom);
            return new Download(null, download.fileName(), download.zip());
        } catch (CatalogueSkeletons.NotFound e) {
            return problem(CatalogueProblems.notFound(e));
        } catch (CatalogueSkeletons.BadDate e) {
            return problem(CatalogueProblems.badDate(e));
        } catch (SkeletonProblem e) {
            return problem(CatalogueProblems.unplannable(e));
        }
    }

    private Download problem(ProblemDetail problem) {
        return new Download(Answer.problem(json, problem.getStatus(), problem.getTitle(), problem.getDetail(),
                (List<?>) problem.getProperties().getOrDefault("errors", List.of())), null, null);
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
