-- Each hand-over stores the wall-clock seconds the dossier spent in the step it leaves (from the previous hand-over
-- of the dossier, in (handed_at, id) order, else from receipt, else from submission), so that the per-step
-- processing-time report is a plain aggregate (ReportQueries.processingTimePerStep; issue 15, docs/performance.md).
-- New rows get it from DossierRegister; this fills the existing ones the way the report computed it before.
-- Portable SQL (H2, PostgreSQL); one correlated look-up per row through ix_history_dossier (dossier_id, id).
alter table dossier_history add column step_seconds double precision;

update dossier_history h set step_seconds = extract(epoch from h.handed_at) - extract(epoch from coalesce(
    (select max(q.handed_at) from dossier_history q
      where q.dossier_id = h.dossier_id and (q.handed_at < h.handed_at or (q.handed_at = h.handed_at and q.id < h.id))),
    (select coalesce(d.received_at, d.submitted_at) from dossier d where d.id = h.dossier_id)));
