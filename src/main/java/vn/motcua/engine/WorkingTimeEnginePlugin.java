package vn.motcua.engine;

import java.time.ZoneId;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;

/**
 * Engine plugin: user-task due dates and timer durations written as {@code working:...} in BPMN are
 * counted in the province's working time (see {@link WorkingTimeBusinessCalendar}).
 */
@Component
class WorkingTimeEnginePlugin extends AbstractProcessEnginePlugin {

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    WorkingTimeEnginePlugin(WorkingCalendar calendar, ZoneId provinceZone) {
        this.calendar = calendar;
        this.zone = provinceZone;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBusinessCalendarManager(calendars(calendar, zone));
    }

    static MapBusinessCalendarManager calendars(WorkingCalendar calendar, ZoneId zone) {
        MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
        manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingTimeBusinessCalendar(new DurationBusinessCalendar(), calendar, zone));
        manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new WorkingTimeBusinessCalendar(new DueDateBusinessCalendar(), calendar, zone));
        manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        return manager;
    }
}
