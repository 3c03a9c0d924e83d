-- Citizen notifications (docs/integration.md "Citizen notifications"). They travel through the outbox like the
-- portal's events, one row per notification and channel; "channel" says which port delivers a row, and the
-- order per dossier is kept per channel (a failing SMS gateway does not hold back the portal).
alter table outbox_event add column channel varchar(16) default 'portal' not null;
drop index outbox_event_dossier;
create index outbox_event_dossier on outbox_event (dossier_id, channel, id);

-- The applicant's opt-outs, per dossier (subject = dossier code) or per applicant (subject = citizen id number).
create table notification_opt_out (
    subject_kind varchar(16) not null,
    subject      varchar(64) not null,
    channel      varchar(16) not null,
    opted_out    boolean not null,
    changed_at   timestamp with time zone not null,
    changed_by   varchar(255) not null,
    primary key (subject_kind, subject, channel)
);
