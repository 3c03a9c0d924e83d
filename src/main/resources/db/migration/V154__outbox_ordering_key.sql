-- The outbox's order (docs/integration.md "Delivery"): a row waits behind the dossier's earlier undelivered rows of
-- the same channel and the same ordering key. The key is null for the portal's events, the notices and the DMS filings
-- (one order per dossier and channel: the portal sees a dossier's status changes in order) and the part id for the
-- liên thông requests on channel lgsp (one order per part: the parts of a dossier are independent exchanges with
-- different partners, so one partner's outage does not hold back another's part).
alter table outbox_event add column ordering_key varchar(64);
-- the requests written before: their part is the one whose key prefix "LT:<dossier code>:<part id>:" they carry
update outbox_event set ordering_key = (
    select p.part_id from lien_thong_part p
    where p.dossier_id = outbox_event.dossier_id
      and left(outbox_event.event_key, length(p.dossier_code) + length(p.part_id) + 5)
          = 'LT:' || p.dossier_code || ':' || p.part_id || ':')
where channel = 'lgsp';
