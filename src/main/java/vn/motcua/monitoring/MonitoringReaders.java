package vn.motcua.monitoring;

import java.util.Set;

/**
 * Who may read monitoring data — the Cockpit plugin, the KPI reports ({@code /api/reports}) and the
 * application metrics ({@code /actuator/metrics}): the one place that names the groups.
 */
public final class MonitoringReaders {

    /** Managers (Văn phòng UBND, ban chỉ đạo) and Camunda's administrators. */
    public static final Set<String> GROUPS = Set.of("quanly", "camunda-admin");

    private MonitoringReaders() {
    }
}
