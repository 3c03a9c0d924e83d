package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: a model that breaks one of Motcua's modelling rules is refused at deployment, whoever
 * deploys it (the application at start, an analyst from the Modeler, the REST API). The rules are those of
 * lint/bpmnlint-plugin-motcua that the engine can see, with the same names:
 * <ul>
 * <li>{@code user-task-form}: every user task has a Camunda Form ({@code camunda:formRef}, or {@code camunda:formKey});
 * <li>{@code user-task-candidate-group}: every user task has {@code camunda:candidateGroups};
 * <li>{@code user-task-due-date}: every user task has {@code camunda:dueDate};
 * <li>{@code process-history-ttl}: every process has {@code camunda:historyTimeToLive} (the engine enforces it
 *     first, with its own message);
 * <li>{@code legal-deadline-timer}: a procedure (a process whose start event has the {@code ${dossierRegistration}}
 *     listener; shared call activities have none) has a timer boundary event {@code BoundaryEvent_LegalDeadline*}
 *     at {@code ${dossierDueDate}}.
 * </ul>
 * Names and ids (names-present, no-generated-ids) are left to the linter.
 */
@Component
class ModellingRulesPlugin extends AbstractProcessEnginePlugin {

    static final String LEGAL_DEADLINE_PREFIX = "BoundaryEvent_LegalDeadline";
    static final String LEGAL_DEADLINE_DATE = "${dossierDueDate}";
    static final String REGISTRATION_LISTENER = "${dossierRegistration}";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                List<Violation> violations = check(process);
                if (!violations.isEmpty()) {
                    throw new BpmnParseException(message(process, violations), violations.get(0).element());
                }
            }
        });
    }

    record Violation(String rule, Element element, String problem) {
    }

    static String message(Element process, List<Violation> violations) {
        StringBuilder text = new StringBuilder("Quy trình '").append(process.attribute("id"))
                .append("' vi phạm quy tắc mô hình hóa của Motcua (docs/analyst-guide.md):");
        for (Violation v : violations) {
            text.append(" [").append(v.rule()).append("] ").append(v.element().attribute("id")).append(": ").append(v.problem()).append(';');
        }
        return text.substring(0, text.length() - 1);
    }

    static List<Violation> check(Element process) {
        List<Violation> violations = new ArrayList<>();
        if (blank(camunda(process, "historyTimeToLive"))) {
            violations.add(new Violation("process-history-ttl", process, "quy trình chưa có thời gian lưu lịch sử (camunda:historyTimeToLive)"));
        }
        List<Element> all = new ArrayList<>();
        collect(process, all);
        for (Element element : all) {
            if (!"userTask".equals(element.getTagName())) {
                continue;
            }
            if (blank(camunda(element, "formRef")) && blank(camunda(element, "formKey"))) {
                violations.add(new Violation("user-task-form", element, "bước người dùng chưa có biểu mẫu Camunda Form (camunda:formRef)"));
            }
            if (blank(camunda(element, "candidateGroups"))) {
                violations.add(new Violation("user-task-candidate-group", element, "bước người dùng chưa giao cho nhóm (camunda:candidateGroups)"));
            }
            if (blank(camunda(element, "dueDate"))) {
                violations.add(new Violation("user-task-due-date", element, "bước người dùng chưa có hạn xử lý (camunda:dueDate)"));
            }
        }
        if (isProcedure(process)) {
            List<Element> timers = all.stream()
                    .filter(e -> "boundaryEvent".equals(e.getTagName()) && String.valueOf(e.attribute("id")).startsWith(LEGAL_DEADLINE_PREFIX))
                    .toList();
            if (timers.isEmpty()) {
                violations.add(new Violation("legal-deadline-timer", process,
                        "thủ tục chưa có mốc hạn pháp lý (sự kiện hẹn giờ " + LEGAL_DEADLINE_PREFIX + " tại " + LEGAL_DEADLINE_DATE + ")"));
            }
            for (Element timer : timers) {
                Element definition = timer.element("timerEventDefinition");
                Element date = definition == null ? null : definition.element("timeDate");
                if (definition == null) {
                    violations.add(new Violation("legal-deadline-timer", timer, "mốc hạn pháp lý phải là sự kiện hẹn giờ"));
                } else if (date == null || !LEGAL_DEADLINE_DATE.equals(date.getText().replaceAll("\\s", ""))) {
                    violations.add(new Violation("legal-deadline-timer", timer, "mốc hạn pháp lý phải hẹn giờ theo ngày (timeDate) " + LEGAL_DEADLINE_DATE));
                }
            }
        }
        return violations;
    }

    /** A procedure, as opposed to a shared call activity: a top-level start event registers the dossier. */
    static boolean isProcedure(Element process) {
        for (Element start : process.elements("startEvent")) {
            Element extensions = start.element("extensionElements");
            if (extensions == null) {
                continue;
            }
            for (Element listener : extensions.elements()) {
                if ("executionListener".equals(listener.getTagName()) && "start".equals(listener.attribute("event"))
                        && REGISTRATION_LISTENER.equals(String.valueOf(listener.attribute("delegateExpression")).replaceAll("\\s", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(Element parent, List<Element> into) {
        for (Element child : parent.elements()) {
            if ("extensionElements".equals(child.getTagName())) {
                continue;
            }
            into.add(child);
            collect(child, into);
        }
    }

    private static String camunda(Element element, String attribute) {
        return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, attribute);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
