/**
 * The dossier register: the single source of truth for dossier data (code, applicant, channel, timestamps,
 * national-portal status and sub-status, outcome, hand-over history, supplements), and its REST API under
 * /api (DossierController, TrackingController, SlipController, ApiExceptionHandler; docs/api.md). The
 * register records; deadlines are decided by {@code sla}. It never talks to the engine: processes start and
 * move through {@link vn.motcua.dossier.DossierProcesses}, implemented in {@code vn.motcua.process}.
 */
package vn.motcua.dossier;
