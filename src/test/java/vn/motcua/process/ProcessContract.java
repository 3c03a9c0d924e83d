package vn.motcua.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The contract between the process-API classes of {@code vn.motcua.process} and the analysts' model folders
 * ({@code processes/}, {@code decisions/}, {@code forms/}), read with the Camunda model API. Each problem names
 * the constant and the model it should be found in, so a rename in the Modeler fails the build with its name.
 *
 * <p>A process-API class is a class of {@code vn.motcua.process} with a {@code PROCESS_KEY}; its model is
 * {@code processes/<PROCESS_KEY>.bpmn}, its forms {@code forms/<PROCESS_KEY>.*.form}. {@link DossierProcess}
 * (the variables every procedure shares) and {@link SignedResultProcess} (the signing steps' variables) belong
 * to every model.
 */
public final class ProcessContract {

    /** Classes whose variables every model may use. */
    static final List<Class<?>> SHARED = List.of(DossierProcess.class, SignedResultProcess.class);

    /**
     * Variables that no model names because only code reads and writes them, each with the reason; the check
     * fails when one of them appears in a model after all (then it leaves this list).
     */
    static final Map<String, String> CODE_ONLY = Map.of(
            "signerUserId", "optional input of the signing template (Người ký) where a model sets it; read by signResult",
            "resultVerification", "written by verifyResultBeforeReturn, kept in history; forms show resultVerificationReason",
            "agencyName", "written at start by dossierRegistration, read by signResult for the issuing agency");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final List<Class<?>> apis;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, BpmnModelInstance> processes = new TreeMap<>();
    private final Map<String, String> processTexts = new TreeMap<>();
    private final Map<String, Decision> decisions = new TreeMap<>();
    private final Map<String, String> decisionTexts = new TreeMap<>();
    /** form id → its field keys. */
    private final Map<String, Set<String>> forms = new TreeMap<>();
    /** form id → its text (a checklist names the variable holding its options, {@code valuesKey}). */
    private final Map<String, String> formTexts = new TreeMap<>();

    /** The contract of the given model folders ({@code root/processes}, ...) against the given API classes. */
    public ProcessContract(Path root, List<Class<?>> apis) {
        this.root = root;
        this.apis = apis;
        read();
    }

    /** Every class of {@code vn.motcua.process} with a {@code PROCESS_KEY}, found in the compiled classes. */
    public static List<Class<?>> apiClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua.process").stream()
                .filter(type -> type.getPackageName().equals("vn.motcua.process") && !type.isNestedClass())
                .filter(type -> type.tryGetField("PROCESS_KEY").isPresent())
                .map(JavaClass::reflect).sorted(Comparator.comparing(Class::getSimpleName)).<Class<?>>map(c -> c).toList();
    }

    /** What does not match, one line each, naming the constant or the model element; empty when all is well. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        Set<String> calledKeys = new LinkedHashSet<>();
        processes.values().forEach(model -> model.getModelElementsByType(CallActivity.class)
                .forEach(call -> calledKeys.add(call.getCalledElement())));
        Set<String> keys = new LinkedHashSet<>();
        Set<String> usedForms = new LinkedHashSet<>();
        for (Class<?> api : apis) {
            String key = (String) constant(api, "PROCESS_KEY");
            keys.add(key);
            BpmnModelInstance model = processes.get(key);
            String file = "processes/" + key + ".bpmn";
            if (model == null) {
                all.add(api.getSimpleName() + ".PROCESS_KEY '" + key + "': no process with that id in processes/");
                continue;
            }
            checkElements(api, model, file, all);
            if (!calledKeys.contains(key)) {
                // a procedure: the elements every procedure shares, under the shared ids
                for (DossierProcess.ProcedureElement element : DossierProcess.ProcedureElement.values()) {
                    if (model.getModelElementById(element.id()) == null) {
                        all.add("DossierProcess.ProcedureElement." + element + ": procedure " + file
                                + " has no element '" + element.id() + "'");
                    }
                }
            }
            checkVariables(api, key, file, all);
            checkForms(api, model, key, file, usedForms, all);
        }
        for (String key : processes.keySet()) {
            if (!keys.contains(key)) {
                all.add("processes/" + key + ".bpmn: no process-API class in vn.motcua.process has PROCESS_KEY '" + key + "'");
            }
        }
        processes.forEach((key, model) -> model.getModelElementsByType(CallActivity.class).forEach(call -> {
            if (!keys.contains(call.getCalledElement())) {
                all.add("processes/" + key + ".bpmn: call activity " + call.getId() + " calls '" + call.getCalledElement()
                        + "', which is no process-API class's PROCESS_KEY");
            }
        }));
        forms.keySet().stream().filter(id -> !usedForms.contains(id))
                .forEach(id -> all.add("forms/" + id + ".form: no user task or start event of processes/ uses it"));
        checkSharedVariables(all);
        checkMessages(all);
        checkDecisions(all);
        return all;
    }

    private void checkElements(Class<?> api, BpmnModelInstance model, String file, List<String> all) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object element : elements(api)) {
            String id = ((Enum<?>) element).name();
            ids.add(id);
            if (model.getModelElementById(id) == null) {
                all.add(api.getSimpleName() + ".Element." + id + ": no element '" + id + "' in " + file);
            }
        }
        Stream.concat(model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId),
                        model.getModelElementsByType(CallActivity.class).stream().map(CallActivity::getId))
                .filter(id -> !ids.contains(id))
                .forEach(id -> all.add(file + ": element '" + id + "' has no constant in " + api.getSimpleName() + ".Element"));
    }

    private void checkVariables(Class<?> api, String key, String file, List<String> all) {
        Set<String> formKeys = formKeysOf(key);
        String text = processTexts.get(key);
        for (Map.Entry<String, String> variable : variables(api).entrySet()) {
            String name = variable.getValue();
            boolean named = formKeys.contains(name) || mentions(text, name) || decisionTexts.values().stream().anyMatch(t -> mentions(t, name));
            checkNamed(api.getSimpleName() + "." + variable.getKey(), name, named, file + ", its forms or decisions/", all);
        }
        // the reverse: every form field is a variable of the process's API or a shared one
        Set<String> known = new LinkedHashSet<>(variables(api).values());
        SHARED.forEach(shared -> known.addAll(variables(shared).values()));
        forms.forEach((id, fields) -> {
            if (id.startsWith(key + ".")) {
                fields.stream().filter(field -> !known.contains(field)).forEach(field -> all.add("forms/" + id
                        + ".form: field key '" + field + "' has no ProcessVariable in " + api.getSimpleName()
                        + " or " + String.join(", ", SHARED.stream().map(Class::getSimpleName).toList())));
            }
        });
    }

    private void checkSharedVariables(List<String> all) {
        for (Class<?> shared : SHARED) {
            for (Map.Entry<String, String> variable : variables(shared).entrySet()) {
                String name = variable.getValue();
                boolean named = formTexts.values().stream().anyMatch(t -> t.contains("\"" + name + "\""))
                        || processTexts.values().stream().anyMatch(t -> mentions(t, name))
                        || decisionTexts.values().stream().anyMatch(t -> mentions(t, name));
                checkNamed(shared.getSimpleName() + "." + variable.getKey(), name, named, "processes/, forms/ or decisions/", all);
            }
        }
    }

    private static void checkNamed(String constant, String name, boolean named, String where, List<String> all) {
        if (named && CODE_ONLY.containsKey(name)) {
            all.add(constant + " '" + name + "' is listed as code-only, but " + where + " names it: take it off the list");
        } else if (!named && !CODE_ONLY.containsKey(name)) {
            all.add(constant + " '" + name + "': no expression, mapping, form field or decision input in " + where + " names it");
        }
    }

    private void checkForms(Class<?> api, BpmnModelInstance model, String key, String file, Set<String> usedForms, List<String> all) {
        List<String[]> refs = new ArrayList<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> refs.add(new String[] {task.getId(), task.getCamundaFormRef()}));
        model.getModelElementsByType(StartEvent.class).forEach(start -> refs.add(new String[] {start.getId(), start.getCamundaFormRef()}));
        for (String[] ref : refs) {
            if (ref[1] == null) {
                continue;
            }
            usedForms.add(ref[1]);
            if (!forms.containsKey(ref[1])) {
                all.add(file + ": " + ref[0] + " uses form '" + ref[1] + "', which no form in forms/ has as its id");
            }
        }
    }

    private void checkMessages(List<String> all) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Class<?> type : allClasses()) {
            stringConstants(type).forEach((field, value) -> {
                if (field.endsWith("_MESSAGE")) {
                    constants.put(value, type.getSimpleName() + "." + field);
                }
            });
        }
        Set<String> names = new LinkedHashSet<>();
        processes.forEach((key, model) -> model.getModelElementsByType(Message.class).forEach(message -> {
            names.add(message.getName());
            if (!constants.containsKey(message.getName())) {
                all.add("processes/" + key + ".bpmn: message '" + message.getName() + "' has no *_MESSAGE constant in vn.motcua.process");
            }
        }));
        constants.forEach((value, constant) -> {
            if (!names.contains(value)) {
                all.add(constant + " '" + value + "': no message with that name in processes/");
            }
        });
    }

    private void checkDecisions(List<String> all) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Class<?> type : allClasses()) {
            stringConstants(type).forEach((field, value) -> {
                if (field.endsWith("_DECISION")) {
                    constants.put(value, type.getSimpleName() + "." + field);
                }
            });
        }
        constants.forEach((value, constant) -> {
            if (!decisions.containsKey(value)) {
                all.add(constant + " '" + value + "': no decision with that id in decisions/");
            }
        });
        processes.forEach((key, model) -> model.getModelElementsByType(BusinessRuleTask.class).forEach(task -> {
            String ref = task.getCamundaDecisionRef();
            if (ref != null && !constants.containsKey(ref)) {
                all.add("processes/" + key + ".bpmn: " + task.getId() + " evaluates decision '" + ref
                        + "', which has no *_DECISION constant in vn.motcua.process");
            }
        }));
        // the routing decision's outputs, which code reads by key
        Decision routing = decisions.get(DossierProcess.ROUTING_DECISION);
        if (routing != null) {
            Set<String> outputs = new LinkedHashSet<>();
            routing.getModelInstance().getModelElementsByType(Output.class).stream()
                    .filter(output -> routing.equals(output.getParentElement().getParentElement()))
                    .forEach(output -> outputs.add(output.getName()));
            stringConstants(DossierProcess.class).forEach((field, value) -> {
                if (field.startsWith("ROUTING_") && !field.equals("ROUTING_DECISION") && !outputs.contains(value)) {
                    all.add("DossierProcess." + field + " '" + value + "': no output with that name in decision "
                            + DossierProcess.ROUTING_DECISION);
                }
            });
        }
    }

    private List<Class<?>> allClasses() {
        List<Class<?>> all = new ArrayList<>(apis);
        SHARED.stream().filter(shared -> !all.contains(shared)).forEach(all::add);
        return all;
    }

    private Set<String> formKeysOf(String key) {
        Set<String> keys = new LinkedHashSet<>();
        forms.forEach((id, fields) -> {
            if (id.startsWith(key + ".")) {
                keys.addAll(fields);
            }
        });
        return keys;
    }

    /** The name as a whole word of the text (an expression, a mapping's source, a condition, a decision input). */
    private static boolean mentions(String text, String name) {
        return text != null && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    // ---- reading the classes

    private static Object[] elements(Class<?> api) {
        for (Class<?> nested : api.getDeclaredClasses()) {
            if (nested.isEnum() && nested.getSimpleName().equals("Element")) {
                return nested.getEnumConstants();
            }
        }
        return new Object[0];
    }

    /** Field name → variable name of the class's {@link ProcessVariable} constants. */
    static Map<String, String> variables(Class<?> type) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                variables.put(field.getName(), ((ProcessVariable<?>) value(field)).name());
            }
        }
        return variables;
    }

    private static Map<String, String> stringConstants(Class<?> type) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.put(field.getName(), (String) value(field));
            }
        }
        return constants;
    }

    private static Object constant(Class<?> type, String name) {
        try {
            return value(type.getDeclaredField(name));
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(type + " has no " + name, e);
        }
    }

    private static Object value(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- reading the models

    private void read() {
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String text = text(file);
            for (Process process : model.getModelElementsByType(Process.class)) {
                processes.put(process.getId(), model);
                processTexts.put(process.getId(), text);
                String expected = file.getFileName().toString().replace(".bpmn", "");
                if (!process.getId().equals(expected)) {
                    problems.add("processes/" + file.getFileName() + ": process id '" + process.getId()
                            + "' differs from the file name '" + expected + "'");
                }
            }
        }
        for (Path file : files("decisions", ".dmn")) {
            DmnModelInstance model;
            try (InputStream in = Files.newInputStream(file)) {
                model = Dmn.readModelFromStream(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                decisions.put(decision.getId(), decision);
                decisionTexts.put(decision.getId(), text(file));
            }
        }
        for (Path file : files("forms", ".form")) {
            try {
                JsonNode form = JSON.readTree(file.toFile());
                String id = form.path("id").asText();
                String expected = file.getFileName().toString().replace(".form", "");
                if (!id.equals(expected)) {
                    problems.add("forms/" + file.getFileName() + ": form id '" + id + "' differs from the file name '" + expected + "'");
                }
                Set<String> keys = new LinkedHashSet<>();
                collectKeys(form.path("components"), keys);
                forms.put(id, keys);
                formTexts.put(id, text(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
    }

    private List<Path> files(String folder, String suffix) {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
