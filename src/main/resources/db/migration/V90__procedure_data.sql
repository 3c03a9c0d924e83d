-- The procedure data (e-form) of a dossier submitted through the API: JSON, keys of the procedure's data
-- schema only (derived from its start form), checked before it is stored.
alter table dossier add column procedure_data varchar(16000);
