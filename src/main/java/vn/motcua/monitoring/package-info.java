/**
 * Overdue and due-soon views, KPI reports, exports, the Cockpit plugin and Tasklist filters.
 */
package vn.motcua.monitoring;
