-- Who works for which agency, as the province file last applied says (docs/province.md, "What is derived"): one
-- row per tenant (the agency's identifier code) and group, with the group's role in the file and whether it is a
-- group of the whole province. Rewritten by every apply (province.ProvinceApplier) from the same derivation that
-- writes the engine's tenant memberships (ProvinceRights, security.AgencyTenants). Read by the monitoring readers'
-- check (who reads which agencies' reports) and, with a directory identity (LDAP), as the engine's tenants.
create table province_membership (
    tenant_id      varchar(64)  not null,   -- agency code = tenant id
    group_id       varchar(255) not null,
    role           varchar(16)  not null,   -- intake, handler, head, signer, return, manager, partner, analyst
    province_wide  boolean      not null,   -- a group of provinceGroups (e.g. the province's managers)
    primary key (tenant_id, group_id)
);

create index ix_province_membership_group on province_membership (group_id);
