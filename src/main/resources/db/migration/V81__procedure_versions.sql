-- Procedure versions by effective date (issue 13; docs/procedures.md). Portable SQL: PostgreSQL and H2.
-- Each admin_procedure row is one version: its resolving level and legal source; cases may have a postal
-- duration (1.013978 since 01/07/2025: 17 online / 20 by post / 27 at the desk).
alter table admin_procedure add column resolving_level varchar(16);
alter table admin_procedure add column legal_source varchar(1000);
alter table procedure_case add column postal_duration_amount integer;

-- Household business establishment is 1.001612 in the national catalogue; 2.000720 is the change of the
-- registered content. Rows loaded before carried the wrong code; dossiers keep their row (procedure_id).
update admin_procedure set code = '1.001612' where code = '2.000720' and process_key = 'dang-ky-ho-kinh-doanh';

-- The 2019 versions end when two-level local government starts; their successors are loaded from the catalogue.
update admin_procedure set effective_to = date '2025-06-30'
where code in ('1.001612', '2.000488', '1.009974', '1.004227') and effective_from < date '2025-07-01'
  and effective_to is null;

-- Judicial record, second case: 20 days in Law 28/2009 Art. 48 (was 15).
update procedure_case set duration_amount = 20
where code = 'TH2' and duration_amount = 15
  and procedure_id in (select id from admin_procedure where code = '2.000488');
