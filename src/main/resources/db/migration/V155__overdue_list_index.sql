-- The dashboard's lists (overdue, due soon, all open) take their first page per open status and overdue flag in
-- index order, then join only those rows (DashboardQueries.list; issue 15, docs/performance.md): one ordered range
-- scan per branch, ties broken by id as the list sorts. Portable SQL (H2, PostgreSQL).
create index ix_dossier_status_overdue_due on dossier (status, overdue, due_at, id);
