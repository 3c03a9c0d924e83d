/**
 * The engine adapter, kept thin: the only package that uses Camunda's internal API
 * ({@code org.camunda..impl..}). The engine clock as the one-stop shop's
 * {@link vn.motcua.calendar.BusinessClock}, {@link vn.motcua.engine.CamundaEngineAccess}, the working-time
 * business calendar, and the Cockpit plugin's resources over {@link vn.motcua.monitoring.MonitoringService}.
 */
package vn.motcua.engine;
