package vn.motcua.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import vn.motcua.process.DossierTaskListener;

/**
 * Engine plugin: every user task of every deployed process reports its creation and completion to the
 * dossier register, so no analyst has to add a listener by hand. A side task that is not a hand-over of
 * the dossier (such as writing an apology while processing goes on) says so with the extension property
 * {@code motcua.handover=false}.
 */
@Component
class DossierParseListenerPlugin extends AbstractProcessEnginePlugin {

    private final DossierTaskListener taskListener;

    DossierParseListenerPlugin(DossierTaskListener taskListener) {
        this.taskListener = taskListener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                if (!isHandover(userTaskElement)) {
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, DossierTaskListener.SHOW_IN_TASK_LIST);
                    return;
                }
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskListener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, taskListener);
            }
        });
    }

    static final String HANDOVER_PROPERTY = "motcua.handover";

    static boolean isHandover(Element userTask) {
        Element extensions = userTask.element("extensionElements");
        if (extensions == null) {
            return true;
        }
        for (Element properties : extensions.elements()) {
            if (!"properties".equals(properties.getTagName())) {
                continue;
            }
            for (Element property : properties.elements()) {
                if (HANDOVER_PROPERTY.equals(property.attribute("name"))) {
                    return !"false".equalsIgnoreCase(property.attribute("value"));
                }
            }
        }
        return true;
    }
}
