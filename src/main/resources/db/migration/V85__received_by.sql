-- The clerk who accepted a dossier at intake, named on the receipt (form 01) and the control slip.
alter table dossier add column received_by varchar(100);

-- dossiers received before: the sender of the last hand-over recorded at or before the receipt (the intake check)
update dossier set received_by = (
    select h.sender from dossier_history h
    where h.dossier_id = dossier.id and h.sender is not null and h.handed_at <= dossier.received_at
    order by h.id desc limit 1)
where received_at is not null;
