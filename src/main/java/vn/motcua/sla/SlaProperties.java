package vn.motcua.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA settings ({@code motcua.sla.*}).
 *
 * @param dueSoonWorkingMinutes how long before the legal due date the "due soon" warning comes, in working
 *                              minutes (default 480: one working day)
 */
@ConfigurationProperties("motcua.sla")
public record SlaProperties(@DefaultValue("480") long dueSoonWorkingMinutes) {
}
