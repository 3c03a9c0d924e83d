/**
 * The legal clock of each dossier: the due date fixed at receipt ({@link vn.motcua.sla.SlaClock#start}),
 * pauses and resumptions on supplements and financial obligations, step deadlines, due-soon warnings and
 * apologies ({@link vn.motcua.sla.Escalation}, which words what to tell and returns it). The register holds
 * the truth and this context writes it through the register's operations; the engine's timers follow,
 * moved by the process glue.
 */
package vn.motcua.sla;
