package vn.motcua.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.motcua.document.ResultField;
import vn.motcua.signature.ResultDrafts;
import vn.motcua.signature.ResultSigning;

/**
 * Gathers what a dossier's result needs from its process variables (the shared variables of
 * {@link DossierProcess} and the fields the procedure's result template names), for the signing step
 * ({@code signResult}) and for the draft a signer reads before approving.
 */
@Component
public class ResultRequests implements ResultDrafts {

    private final ResultSigning signing;
    private final TaskService tasks;
    private final EngineAccess engine;

    public ResultRequests(ResultSigning signing, TaskService tasks, EngineAccess engine) {
        this.signing = signing;
        this.tasks = tasks;
        this.engine = engine;
    }

    @Override
    public Optional<ResultSigning.Request> fromVisibleStep(String dossierCode) {
        List<Task> visible = tasks.createTaskQuery().processInstanceBusinessKey(dossierCode).list();
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> variables = tasks.getVariables(visible.get(0).getId());
        return Optional.of(request(variables::get, engine.currentUserId()));
    }

    /** The request from the variables; fails naming the first missing one. */
    ResultSigning.Request request(Function<String, Object> variable, String signerUserId) {
        String procedureCode = required(variable, DossierProcess.PROCEDURE_CODE.name(), "mã thủ tục").toString();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ResultField field : signing.fields(procedureCode)) {
            fields.put(field.name(), required(variable, field.name(), field.label()));
        }
        Object routing = variable.apply(DossierProcess.ROUTING.name());
        Object unit = routing instanceof Map<?, ?> map ? map.get(SignedResultProcess.ROUTING_HANDLING_UNIT) : null;
        Object id = required(variable, DossierProcess.DOSSIER_ID.name(), "hồ sơ");
        return new ResultSigning.Request(((Number) id).longValue(),
                required(variable, DossierProcess.DOSSIER_CODE.name(), "mã hồ sơ").toString(), procedureCode,
                required(variable, DossierProcess.AGENCY_CODE.name(), "mã cơ quan").toString(),
                required(variable, DossierProcess.AGENCY_NAME.name(), "cơ quan").toString(),
                unit == null ? null : unit.toString(), signerUserId, fields);
    }

    private static Object required(Function<String, Object> variable, String name, String label) {
        Object value = variable.apply(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("Thiếu biến quy trình '" + name + "' (" + label + ") để lập kết quả");
        }
        return value;
    }
}
