-- The procedure's fee (phí, lệ phí: feeVnd of the dossier's procedure case) paid online through the national payment
-- platform (Decree 118/2025; docs/integration.md "Inbound", payment message): the amount, the platform's payment
-- reference (transaction id) and when it was paid. Null while not paid online. Not the financial obligation of
-- status 6 (land procedures), which keeps its own flow.
alter table dossier add column fee_paid_amount bigint;
alter table dossier add column fee_paid_reference varchar(64);
alter table dossier add column fee_paid_at timestamp with time zone;
alter table dossier add constraint dossier_fee_paid_complete check (
    (fee_paid_amount is null and fee_paid_reference is null and fee_paid_at is null)
    or (fee_paid_amount > 0 and fee_paid_reference is not null and fee_paid_at is not null));
