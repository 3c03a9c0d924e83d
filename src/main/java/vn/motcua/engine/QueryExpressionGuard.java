package vn.motcua.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: no expression that a caller sends in a task query is ever evaluated, whatever the endpoint
 * (CVE-2026-109432). Camunda checks {@code enable-expressions-in-adhoc-queries} only on the top level of a task
 * query; the expressions of its {@code orQueries} were evaluated for every caller. This guard sits in the
 * command chain, so no REST endpoint, webapp or future code path can go round it:
 * <ul>
 * <li>a task query executed as a command (every ad-hoc query: REST, webapps, Java API) may carry no expression,
 *     neither on its top level nor in any or-query;</li>
 * <li>a stored filter, when saved and again when executed, may carry only the harmless built-in expressions of
 *     {@link #STORED} (the current user, their groups, today, working days from now);</li>
 * <li>the query that extends a filter at execution (the Tasklist's sorting and search) may carry none.</li>
 * </ul>
 * A refusal is a {@link BadUserRequestException}: 400 on the engine REST API. Documented in docs/security.md.
 */
@Component
class QueryExpressionGuard extends AbstractProcessEnginePlugin {

    /** The expressions a stored filter may use: whole values, nothing else. */
    static final Pattern STORED = Pattern.compile("\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
            + "|dateTime\\(\\)(?:\\.(?:withTimeAtStartOfDay\\(\\)|(?:plus|minus)(?:Minutes|Hours|Days|Weeks|Months)\\(\\d{1,4}\\)))*"
            + "|workingTime\\.(?:days|hours)\\(\\d{1,4}\\))\\s*}");

    private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new Guard());
        configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new Guard());
    }

    static final class Guard extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            check(command);
            return next.execute(command);
        }
    }

    static void check(Command<?> command) {
        if (command instanceof TaskQueryImpl query) {
            refuseAny(query, "truy vấn công việc");
        } else if (command instanceof AbstractExecuteFilterCmd execute) {
            if (read(EXTENDING_QUERY, execute) instanceof TaskQueryImpl extending) {
                refuseAny(extending, "truy vấn mở rộng bộ lọc");
            }
            Object filterId = read(FILTER_ID, execute);
            if (filterId != null) {
                Filter filter = Context.getCommandContext().getFilterManager().findFilterById(filterId.toString());
                if (filter != null) {
                    checkStored(filter);
                }
            }
        } else if (command instanceof SaveFilterCmd save && read(SAVED_FILTER, save) instanceof Filter filter) {
            checkStored(filter);
        }
    }

    /** Every expression of a task query and of its or-queries, "field: expression", the top level first. */
    static List<String> expressions(TaskQueryImpl query) {
        List<String> found = new ArrayList<>();
        List<TaskQueryImpl> all = new ArrayList<>(query.getQueries());
        if (!all.contains(query)) {
            all.add(0, query);
        }
        for (int i = 0; i < all.size(); i++) {
            String where = all.get(i) == query ? "" : "orQueries[" + (i - 1) + "].";
            for (Map.Entry<String, String> e : all.get(i).getExpressions().entrySet()) {
                found.add(where + e.getKey() + "Expression: " + e.getValue());
            }
        }
        return found;
    }

    private static void refuseAny(TaskQueryImpl query, String what) {
        List<String> found = expressions(query);
        if (!found.isEmpty()) {
            throw new BadUserRequestException("Không được dùng biểu thức trong " + what + " (" + found.get(0)
                    + "): Motcua không bao giờ tính biểu thức do người gọi gửi (docs/security.md).");
        }
    }

    private static void checkStored(Filter filter) {
        Query<?, ?> query = filter.getQuery();
        if (!(query instanceof TaskQueryImpl taskQuery)) {
            return;
        }
        for (String expression : expressions(taskQuery)) {
            String value = expression.substring(expression.indexOf(": ") + 2);
            if (!STORED.matcher(value.strip()).matches()) {
                throw new BadUserRequestException("Bộ lọc '" + filter.getName() + "' chứa biểu thức không được phép ("
                        + expression + "): bộ lọc chỉ được dùng currentUser(), currentUserGroups(), now(), dateTime()"
                        + " và workingTime.days/hours (docs/security.md).");
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda changed " + type.getName() + "." + name + ": review QueryExpressionGuard", e);
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
