package vn.motcua.signature;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRepository;

/**
 * Reads a dossier's result for people: the signed PDF as stored, or the draft rendered from the data of a
 * task of the dossier that the caller may see (so a signer reads exactly what approving will sign).
 */
@Service
class ResultDocuments {

    private final DossierRepository dossiers;
    private final SignedResults results;
    private final ResultSigning signing;
    private final TaskService tasks;
    private final IdentityService identity;

    ResultDocuments(DossierRepository dossiers, SignedResults results, ResultSigning signing, TaskService tasks,
                    IdentityService identity) {
        this.dossiers = dossiers;
        this.results = results;
        this.signing = signing;
        this.tasks = tasks;
        this.identity = identity;
    }

    SignedResultFile signed(String code) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> notFound("Không tìm thấy hồ sơ " + code));
        return results.signedResult(dossier.getId())
                .orElseThrow(() -> notFound("Hồ sơ " + code + " chưa có kết quả đã ký số"));
    }

    byte[] draft(String code) {
        List<Task> visible = tasks.createTaskQuery().processInstanceBusinessKey(code).list();
        if (visible.isEmpty()) {
            throw notFound("Không có công việc nào của hồ sơ " + code + " mà người dùng được xem");
        }
        Map<String, Object> variables = tasks.getVariables(visible.get(0).getId());
        Authentication current = identity.getCurrentAuthentication();
        try {
            return signing.draft(signing.request(variables::get, current == null ? null : current.getUserId()));
        } catch (IllegalStateException notReady) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, notReady.getMessage());
        }
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }
}
