-- Monitoring: the overdue / due-soon dashboard reads open dossiers (status 2, 4) by due date; the period
-- reports read dossiers by receipt and end of processing, and hand-overs by time. Portable SQL (H2, PostgreSQL).
create index ix_dossier_status_due on dossier (status, due_at);
create index ix_dossier_received on dossier (received_at);
create index ix_dossier_processing_ended on dossier (processing_ended_at);
create index ix_history_handed on dossier_history (handed_at);
