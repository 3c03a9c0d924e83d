-- The kind symbols of the catalogue's corrected and 2025 codes (issue 13): the same result kinds as their 2019
-- versions. Like V75's rows these follow practice, not Decree 30/2020/NĐ-CP appendix III, and are unverified.
insert into document_kind_symbol (procedure_code, kind_symbol, effective_from, source, verified) values
    ('1.001612', 'GCN', date '2020-03-05', 'Same result kind as 2.000720 before the code fix (Giấy chứng nhận đăng ký hộ kinh doanh); practice, unverified', false),
    ('1.013225', 'GPXD', date '2025-07-01', 'Same result kind as 1.009974 (Giấy phép xây dựng); practice, unverified', false),
    ('1.013978', 'GCN', date '2025-07-01', 'Same result kind as 1.004227 (Giấy chứng nhận quyền sử dụng đất); practice, unverified', false),
    ('3.000333', 'LLTP', date '2025-07-01', 'Same result kind as 2.000488 (Phiếu lý lịch tư pháp); practice, unverified', false);
