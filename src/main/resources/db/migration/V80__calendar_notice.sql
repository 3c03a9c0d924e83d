-- Working calendar: each year's official notice (number, date, whether it was checked against a source) and
-- the revision of the data file it was seeded from. A year without a verified notice by 1 December of the
-- year before raises the calendar alert (docs/calendar.md). Portable SQL: runs on PostgreSQL and H2.

create table calendar_notice (
    notice_year     integer       not null primary key,
    notice          varchar(500)  not null,   -- number and date of the notice(s)
    verified        boolean       not null,   -- true: checked against a published source
    note            varchar(1000),
    revision        integer       not null,   -- revision of the data file last applied (0: entered by hand)
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100)  not null
);
