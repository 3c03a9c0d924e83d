/**
 * The dossier register: the single source of truth for dossier data (code, applicant, channel, timestamps, national-portal status and sub-status, outcome, hand-over history) kept in lockstep with the dossier's process instance by engine listeners. Processes start here, with the dossier code as business key.
 */
package vn.motcua.dossier;
