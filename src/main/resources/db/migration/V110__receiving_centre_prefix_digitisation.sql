-- Issue 13 (points 3 and 6; docs/regimes.md). Portable SQL: PostgreSQL and H2.

-- The service centres, other than the agency's own desk, that receive its dossiers (province file,
-- serviceCentres[].receivesFor; comma separated group ids, written by the province applier). From 01/07/2025 a
-- dossier may be received at such a centre: dossier.receiving_agency_code is then the agency whose desk it is.
alter table agency add column receiving_desks varchar(2000);
create index ix_dossier_receiving_agency on dossier (receiving_agency_code, received_at);

-- Circular 04/2025: 2-digit system prefix AA of a procedure served by a nationwide centralised system, with its source.
alter table admin_procedure add column system_prefix varchar(2);
alter table admin_procedure add column system_prefix_source varchar(1000);

-- Circular 03/2025 Art. 5(2): papers that are not scanned at intake (only presented, partner agencies' replies,
-- classified papers), with the source of the exemption. NONE: scanned at intake under the 2025 rule sets.
alter table procedure_component add column scan_exemption varchar(32) default 'NONE' not null;
alter table procedure_component add column scan_source varchar(1000);
