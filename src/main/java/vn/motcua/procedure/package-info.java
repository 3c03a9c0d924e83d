/**
 * Procedure catalogue: agencies (identifier codes, levels, parents), administrative procedures and their cases (legal durations and units, online service type, fees, required components, BPMN process key, effective dates), loaded from versioned data files.
 */
package vn.motcua.procedure;
