-- Liên thông (docs/integration.md "Liên thông"): a part's answer is recorded the same way whichever road it came by,
-- the partner's user in Motcua's Tasklist (task "Cơ quan phối hợp xử lý, trả lời") or the partner's system through the
-- LGSP: when and by whom (answered_at, answered_by, as before), the road (answered_via: TASKLIST or LGSP) and what it
-- said (outcome confirmed / notConfirmed, reply, document number, the tax office's financial obligation).
-- process_instance_id is the part's own instance of the process lien-thong, recorded when the part is sent: a Tasklist
-- answer finds its part by the task's process instance, never by a variable the completing user could set.
alter table lien_thong_part add column process_instance_id varchar(64);
alter table lien_thong_part add column answered_via varchar(16);
alter table lien_thong_part add column outcome varchar(16);
alter table lien_thong_part add column reply varchar(2000);
alter table lien_thong_part add column document_number varchar(64);
alter table lien_thong_part add column financial_obligation_due boolean;
-- until now only answers through the LGSP were recorded
update lien_thong_part set answered_via = 'LGSP' where answered_at is not null;
create index lien_thong_part_instance on lien_thong_part (process_instance_id);
