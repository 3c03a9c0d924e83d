-- A reorganisation (docs/province.md, "Reorganising"): an agency merged into another names its successor.
-- New dossiers for it are refused after its last day, naming the successor; its running dossiers keep it.

alter table agency add column successor_code varchar(64);
