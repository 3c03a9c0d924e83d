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
import vn.motcua.document.ResultTemplates;
import vn.motcua.signature.ResultDrafts;
import vn.motcua.signature.ResultSigning;

/**
 * Gathers what a dossier's result needs from its process variables (the shared variables of
 * {@link DossierProcess}, the result type a drafting form chose — {@code resultType}, e.g. {@code permit} or
 * {@code refusal} — and the fields the template of that result names), for the signing step ({@code signResult}) and
 * for the draft a signer reads before approving.
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

    /**
     * The request from the variables; fails naming the first missing one, or {@code resultType} when the procedure
     * knows no such result.
     */
    ResultSigning.Request request(Function<String, Object> variable, String signerUserId) {
        String procedureCode = required(variable, DossierProcess.PROCEDURE_CODE.name(), "mã thủ tục").toString();
        Object type = variable.apply(ResultTemplates.RESULT_TYPE);
        String resultType = type == null || type.toString().isBlank() ? null : type.toString();
        List<ResultField> printed;
        try {
            printed = signing.fields(procedureCode, resultType);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(unknown.getMessage(), unknown);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ResultField field : printed) {
            // only the fields of the chosen result: a refusal drafted after a permit draft that was sent back does
            // not carry the old permit number, and a permit does not need a refusal reason
            Object value = field.optional() ? variable.apply(field.name()) : required(variable, field.name(), field.label());
            if (value != null) {
                fields.put(field.name(), value);
            }
        }
        Object routing = variable.apply(DossierProcess.ROUTING.name());
        Object unit = routing instanceof Map<?, ?> map ? map.get(SignedResultProcess.ROUTING_HANDLING_UNIT) : null;
        Object id = required(variable, DossierProcess.DOSSIER_ID.name(), "hồ sơ");
        return new ResultSigning.Request(((Number) id).longValue(),
                required(variable, DossierProcess.DOSSIER_CODE.name(), "mã hồ sơ").toString(), procedureCode,
                required(variable, DossierProcess.AGENCY_CODE.name(), "mã cơ quan").toString(),
                required(variable, DossierProcess.AGENCY_NAME.name(), "cơ quan").toString(),
                unit == null ? null : unit.toString(), signerUserId, fields, resultType);
    }

    private static Object required(Function<String, Object> variable, String name, String label) {
        Object value = variable.apply(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("Thiếu biến quy trình '" + name + "' (" + label + ") để lập kết quả");
        }
        return value;
    }
}
