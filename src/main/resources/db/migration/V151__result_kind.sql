-- Issue 14 (defects in result documents): a dossier refused after appraisal gets a refusal notice (thông báo từ chối
-- giải quyết hồ sơ) signed and numbered like any result. The register line says which kind of document it is, and a
-- refusal notice takes the symbol of its own kind, not the procedure's (GPXD, GCN...). Portable SQL: PostgreSQL and H2.

alter table document_register_entry add column result_kind varchar(20) default 'GRANTED' not null;

-- The symbol of a kind of document every procedure issues the same way (chữ viết tắt tên loại văn bản): data with
-- effective date and source, like document_kind_symbol.
create table result_kind_symbol (
    result_kind    varchar(20)  not null,   -- vn.motcua.document.ResultKind
    kind_symbol    varchar(20)  not null,
    effective_from date         not null,
    source         varchar(500) not null,
    verified       boolean      not null,
    constraint pk_result_kind_symbol primary key (result_kind, effective_from)
);

insert into result_kind_symbol (result_kind, kind_symbol, effective_from, source, verified) values
    ('REFUSED', 'TB', date '2020-03-05', 'Decree 30/2020/NĐ-CP appendix III (abbreviations of document kinds): Thông báo = TB, as recalled; the appendix text was not available to check (unverified)', false);
