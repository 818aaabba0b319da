-- Holiday notices loaded by an administrator through approval-service's calendar API, as every
-- service received them (parksuite.approval.calendar-year-loaded.v1): one row per year, replaced
-- only by a load of a higher revision, laid over the notices shipped with the platform.
create table calendar_year (
    year       integer primary key,
    revision   bigint      not null,
    days       jsonb       not null,
    loaded_by  varchar(128),
    loaded_at  timestamptz not null
);
