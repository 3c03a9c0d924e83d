-- Filing of issued results in each agency's document-management system (DMS), docs/integration.md
-- "Filing in the document-management system". The DOCUMENT_ISSUED event travels through the outbox on its own
-- channel ("dms", column of V116), so a DMS outage never holds back the portal's events of the same dossier (order
-- is kept per dossier and channel); agency_code says whose DMS receives it.
alter table outbox_event add column agency_code varchar(50);

-- The DMS's acknowledgement of a register line: its own document id and when it says it received the document.
-- One per line (the DMS answers a replayed delivery with the same id; the first acknowledgement is kept).
create table document_filing (
    entry_id        bigint primary key references document_register_entry (id),
    event_key       varchar(100) not null,
    dms_document_id varchar(200) not null,
    received_at     timestamp with time zone not null,
    recorded_at     timestamp with time zone not null
);
