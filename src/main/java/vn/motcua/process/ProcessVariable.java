package vn.motcua.process;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: its name is written once, in a process API class, and read or written only
 * through this handle.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    public String name() {
        return name;
    }

    /** The Java type of its values. */
    public Class<T> type() {
        return type;
    }

    /** The value, or null when the variable is not set. */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (type == Long.class && value instanceof Number n) {
            return type.cast(n.longValue());
        }
        if (type == Double.class && value instanceof Number n) {
            return type.cast(n.doubleValue());
        }
        return type.cast(value);
    }

    /** The value; fails with a message naming the variable when it is missing (the data contract). */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalStateException("Thiếu biến quy trình '" + name + "'");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessVariable<?> other && other.name.equals(name) && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type);
    }
}
