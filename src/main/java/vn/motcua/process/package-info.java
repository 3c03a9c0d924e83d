/**
 * The process glue, at the edge: one process-API class per BPMN process or shared call activity (process
 * key, element ids, typed variables, e.g. {@link vn.motcua.process.HouseholdBusinessRegistration}) with the
 * variables all procedures share in {@link vn.motcua.process.DossierProcess}; the delegates and listeners
 * the models name; {@link vn.motcua.process.DossierProcessService}, the one service that starts and
 * correlates processes (the register's {@link vn.motcua.dossier.DossierProcesses}). What it needs of engine
 * internals it asks through {@link vn.motcua.process.EngineAccess}. See docs/architecture.md.
 */
package vn.motcua.process;
