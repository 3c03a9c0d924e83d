-- Stop at the applicant's request (Decree 118/2025 Art. 21(1), Circular 03/2025 Art. 7, form 05): status 8, with
-- when it was recorded and by whom (the clerk of the receiving desk); the applicant's reason is the dossier's note,
-- as for a withdrawal. Portable SQL: PostgreSQL and H2.
alter table dossier add column stopped_at timestamp with time zone;
alter table dossier add column stopped_by varchar(100);
