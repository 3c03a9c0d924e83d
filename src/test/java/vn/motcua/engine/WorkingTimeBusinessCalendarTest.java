package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TestCalendars;

/** The {@code working:} syntax in an engine: user-task due dates and timer durations in working time. */
class WorkingTimeBusinessCalendarTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static ProcessEngine engine;

    @BeforeAll
    static void buildEngine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:working-time-calendar;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("working-time-calendar")
                .setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new WorkingTimeEnginePlugin(TestCalendars.domain2019(), VN));
        engine = configuration.buildProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess("working-time").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Check").camundaDueDate("working:P1D")
                .boundaryEvent("BoundaryEvent_Reminder").cancelActivity(false).timerWithDuration("working:PT4H").endEvent()
                .moveToActivity("Task_Check")
                .userTask("Task_Calendar").camundaDueDate("P1D")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("working-time.bpmn", model).deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Date at(String local) {
        return Date.from(LocalDateTime.parse(local).atZone(VN).toInstant());
    }

    @Test
    void shouldCountDueDatesAndTimersInWorkingTimeAcrossTet() {
        ClockUtil.setCurrentTime(at("2019-02-01T15:00")); // Friday before Tết 2019
        String id = engine.getRuntimeService().startProcessInstanceByKey("working-time").getId();
        Task check = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        // 2 h on Friday, Tết from Saturday 02/02 to Sunday 10/02, 6 h on Monday 11/02
        assertThat(check.getDueDate()).isEqualTo(at("2019-02-11T15:00"));
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(at("2019-02-11T09:30"));
    }

    @Test
    void shouldLeaveOrdinaryDurationsToTheEngine() {
        ClockUtil.setCurrentTime(at("2019-02-01T15:00"));
        String id = engine.getRuntimeService().startProcessInstanceByKey("working-time").getId();
        Task check = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        engine.getTaskService().complete(check.getId());
        Task calendar = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        assertThat(calendar.getDueDate()).isEqualTo(at("2019-02-02T15:00"));
    }

    @Test
    void shouldNameTheSyntaxWhenTheDurationIsWrong() {
        var businessCalendar = new WorkingTimeBusinessCalendar(null, TestCalendars.domain2019(), VN);
        assertThat(businessCalendar.workingMinutes("working:P1DT30M")).isEqualTo(510);
        assertThat(businessCalendar.workingMinutes("working:PT8H")).isEqualTo(480);
        assertThatThrownBy(() -> businessCalendar.workingMinutes("working:3 ngày"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("working:P3D");
        assertThatThrownBy(() -> businessCalendar.workingMinutes("working:P1M"))
                .isInstanceOf(ProcessEngineException.class);
    }
}
