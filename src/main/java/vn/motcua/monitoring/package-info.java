/**
 * Overdue and due-soon views, KPI reports and their exports: one {@link vn.motcua.monitoring.MonitoringService}
 * behind the report API ({@code /api/reports}) and the Cockpit plugin (its JAX-RS resource is in the engine
 * adapter, its frontend under {@code plugin-webapp/giam-sat-ho-so/}).
 */
package vn.motcua.monitoring;
