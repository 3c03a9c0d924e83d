/**
 * The legal deadline of each dossier: computed at receipt from the procedure case, paused and resumed on supplements, per-step deadlines, escalation, outcome at resolution. The register holds the truth; engine timers are derived from it.
 */
package vn.motcua.sla;
