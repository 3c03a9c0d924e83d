package vn.motcua.engine;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: deployments are an allow-list ({@link DeploymentPolicy}, {@code modelling/allow-list.json}).
 * Every resource of every deployment (the application's at start, an analyst's from the Modeler, the REST API)
 * is checked before the engine parses it, so nothing of a refused deployment runs, not even a timer start
 * event's expression. A refusal is a {@link BadUserRequestException} (400 on the engine REST API, shown by the
 * Modeler's deploy dialog) listing each element and rule, in Vietnamese.
 * <p>Expressions see only the Spring beans the allow-list names: the engine's expression manager gets a map of
 * exactly those beans (looked up when first used), instead of the whole application context.
 */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final DeploymentPolicy policy = DeploymentPolicy.load();
    private final ApplicationContext context;

    DeploymentGuardPlugin(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(policy));
        Map<Object, Object> beans = new VisibleBeans(context, policy.visibleBeans());
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    static final class Guard extends CommandInterceptor {
        private final DeploymentPolicy policy;

        Guard(DeploymentPolicy policy) {
            this.policy = policy;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof DeployCmd deploy) {
                check(policy, builder(deploy));
            }
            return next.execute(command);
        }
    }

    static void check(DeploymentPolicy policy, DeploymentBuilderImpl builder) {
        List<DeploymentPolicy.Violation> violations = new ArrayList<>();
        Map<String, ResourceEntity> resources = builder.getDeployment().getResources();
        if (resources != null) {
            for (ResourceEntity resource : resources.values()) {
                violations.addAll(policy.check(resource.getName(), resource.getBytes()));
            }
        }
        if (!violations.isEmpty()) {
            throw new BadUserRequestException("Mô hình bị từ chối theo danh sách cho phép của Motcua "
                    + "(docs/security-expressions.md): " + violations.stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
    }

    private static DeploymentBuilderImpl builder(DeployCmd deploy) {
        try {
            var field = DeployCmd.class.getDeclaredField("deploymentBuilder");
            field.setAccessible(true);
            return (DeploymentBuilderImpl) field.get(deploy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda changed DeployCmd: review DeploymentGuardPlugin", e);
        }
    }

    /** The allowed beans by name, read from the application context when an expression first asks. */
    static final class VisibleBeans extends AbstractMap<Object, Object> {
        private final ApplicationContext context;
        private final Set<String> names;

        VisibleBeans(ApplicationContext context, Set<String> names) {
            this.context = context;
            this.names = Set.copyOf(names);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && names.contains(name) && context.containsBean(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names.stream().filter(context::containsBean)
                    .map(name -> Map.entry((Object) name, context.getBean(name))).collect(Collectors.toSet());
        }
    }
}
