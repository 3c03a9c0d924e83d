/**
 * The dossier register: the single source of truth for dossier data (code, applicant, channel, timestamps, national-portal status and sub-status, outcome, hand-over history) kept in lockstep with the dossier's process instance by engine listeners. Processes start here, with the dossier code as business key, through DossierProcessService, the one engine-facing class of the API. The REST API under /api (DossierController, TrackingController, SlipController, ApiExceptionHandler) is documented for integrators in docs/api.md.
 */
package vn.motcua.dossier;
