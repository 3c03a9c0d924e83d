package vn.motcua.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: deserialization type validation on, with the allow-list of the classes Motcua really stores
 * in object variables. Motcua's own variables are strings, numbers, booleans and dates (primitive variable
 * types, never deserialized); the only object variables are the single-result maps of the routing decisions
 * ({@code routing}, {@code partner}, {@code legalDuration}: JSON maps of strings, numbers and booleans).
 * Whoever may write a variable can therefore no longer choose a class for Jackson or Java serialization to
 * instantiate (such as {@code java.net.URL} or a JNDI gadget): the engine refuses to deserialize any other
 * class. Camunda's own default list (all of {@code java.lang}, sets, properties) is replaced, not extended.
 * Camunda checks the class only when a value is read; Motcua checks it when the value is written too, so a
 * variable of another class is refused at once (400 on the engine REST API) instead of lying in the database.
 */
@Component
class VariableTypesPlugin extends AbstractProcessEnginePlugin {

    /** Exact class names; also the components of generic JSON types such as {@code java.util.HashMap<java.lang.String,java.lang.Object>}. */
    static final Set<String> ALLOWED = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Short", "java.lang.Float", "java.lang.Object", "java.util.Date",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.Arrays$ArrayList",
            "boolean", "int", "long", "double", "short", "float");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(new Validator());
    }

    /** After every plugin's postInit: Spin adds its JSON serializer there. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        VariableSerializers serializers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getVariableSerializers();
        for (TypedValueSerializer<?> serializer : new ArrayList<>(serializers.getSerializers())) {
            if (ValueType.OBJECT.equals(serializer.getType())) {
                int index = serializers.getSerializerIndex(serializer);
                serializers.removeSerializer(serializer);
                serializers.addSerializer(new CheckedOnWrite(serializer), index);
            }
        }
    }

    /** Every class named by a type such as {@code java.util.HashMap<java.lang.String,java.lang.Object>} is allowed. */
    static boolean allowed(String typeName) {
        return typeName != null && Arrays.stream(typeName.split("[<>,\\[\\]]")).map(String::strip).filter(t -> !t.isEmpty())
                .allMatch(ALLOWED::contains);
    }

    /** An object-value serializer that refuses to write a value whose class is not allowed. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class CheckedOnWrite implements TypedValueSerializer<TypedValue> {
        private final TypedValueSerializer delegate;

        CheckedOnWrite(TypedValueSerializer<?> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void writeValue(TypedValue value, ValueFields fields) {
            // transient values (such as the engine's own decisionResult) are never stored nor read back
            if (value instanceof ObjectValue object && !object.isTransient()) {
                String type = object.isDeserialized() && object.getValue() != null ? object.getValue().getClass().getName()
                        : object.getObjectTypeName();
                if (type != null && !allowed(type)) {
                    throw new BadUserRequestException("Biến '" + fields.getName() + "' có kiểu đối tượng không được phép: "
                            + type + " (docs/security.md).");
                }
            }
            delegate.writeValue(value, fields);
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public ValueType getType() {
            return delegate.getType();
        }

        @Override
        public TypedValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
            return delegate.readValue(fields, deserialize, asTransientValue);
        }

        @Override
        public boolean canHandle(TypedValue value) {
            return delegate.canHandle(value);
        }

        @Override
        public TypedValue convertToTypedValue(UntypedValueImpl untyped) {
            return delegate.convertToTypedValue(untyped);
        }

        @Override
        public String getSerializationDataformat() {
            return delegate.getSerializationDataformat();
        }

        @Override
        public boolean isMutableValue(TypedValue value) {
            return delegate.isMutableValue(value);
        }
    }

    static final class Validator implements DeserializationTypeValidator {
        @Override
        public boolean validate(String className) {
            return allowed(className);
        }
    }
}
