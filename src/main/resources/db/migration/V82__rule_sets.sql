-- Rule sets by receipt day (regime/rule-sets.json, docs/regimes.md) and the receiving agency (issue 13).
-- Portable SQL: PostgreSQL and H2. Days are province days (UTC+7): 01/07/2025 00:00 +07 = 30/06/2025 17:00 UTC.

-- The agency whose desk received the dossier; before 01/07/2025 always the resolving agency.
alter table dossier add column receiving_agency_code varchar(64);
update dossier set receiving_agency_code = (select a.code from agency a where a.id = dossier.agency_id);

-- Every dossier was stamped 'ND118-2025' whatever its day: stamp the set in force on the day it was handed in.
update dossier set rule_set = case
    when submitted_at < timestamp with time zone '2025-06-30 17:00:00+00:00' then 'ND61-2018'
    when submitted_at < timestamp with time zone '2025-09-14 17:00:00+00:00' then 'ND118-2025'
    when submitted_at < timestamp with time zone '2026-01-24 17:00:00+00:00' then 'ND118-2025-TT03'
    else 'ND118-2025-TT04' end;
